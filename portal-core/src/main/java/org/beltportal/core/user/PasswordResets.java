package org.beltportal.core.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.NotNull;
import org.beltportal.core.audit.AuditLog;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.Problems;
import org.beltportal.core.user.internal.UserMapper;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Password reset by emailed link. A request names a username or an email address; each enabled user it names
 * that has an address gets a random single-use token, stored only as its SHA-256 and expiring after
 * {@code portal.password-reset.lifetime}. Using a token sets the new password (the same rules as any), ends
 * every session and API token of the user, and uses the token up. The caller mails the token and answers
 * every request alike, so nobody learns which names or addresses exist.
 */
@Service
@EnableConfigurationProperties(PasswordResets.Settings.class)
public class PasswordResets {

    private static final int MAX_IDENTIFIER = 254;

    private final UserMapper mapper;
    private final UserService users;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration lifetime;
    private final Duration inviteLifetime;

    PasswordResets(UserMapper mapper, UserService users, AuditLog audit, Clock clock, Settings settings) {
        this.mapper = mapper;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.lifetime = settings.lifetime();
        this.inviteLifetime = settings.inviteLifetime();
    }

    /** Issues a token for each user the username or address names; none (and no error) when it names nobody. */
    @Transactional
    public List<IssuedReset> issue(String usernameOrEmail) {
        return issue(usernameOrEmail, lifetime, "user.password.reset-link");
    }

    /**
     * Issues the first link of a user just created without a password: the same token, valid for
     * {@code invite-lifetime}, since a new colleague may not read the mail within the half hour of a reset.
     */
    @Transactional
    public List<IssuedReset> issueInvite(String username) {
        return issue(username, inviteLifetime, "user.password.invite-link");
    }

    private List<IssuedReset> issue(String usernameOrEmail, Duration validFor, String action) {
        if (usernameOrEmail == null || usernameOrEmail.isBlank() || usernameOrEmail.length() > MAX_IDENTIFIER) {
            return List.of();
        }
        String identifier = usernameOrEmail.strip();
        List<User> named = new ArrayList<>();
        mapper.findByUsername(identifier).ifPresent(named::add);
        if (named.isEmpty() && identifier.contains("@")) {
            named.addAll(mapper.findByEmail(identifier));
        }
        Instant now = clock.instant();
        mapper.deleteOldResets(now);
        List<IssuedReset> issued = new ArrayList<>();
        for (User user : named) {
            if (user.enabled() && user.email() != null) {
                String token = users.newSecret();
                mapper.insertReset(user.id(), Sha256.hex(token), now, now.plus(validFor));
                audit.record("system", null, action, "user", user.username(), null, null);
                issued.add(new IssuedReset(user.username(), user.email(), token, now.plus(validFor)));
            }
        }
        return issued;
    }

    /**
     * Whether the token would still set a password (known, unused, unexpired, its user enabled), so the page behind
     * a used link says so at once instead of offering a form that can only be refused.
     */
    public boolean usable(String token) {
        return resetUser(token == null || token.length() > 100 ? null : Sha256.hex(token), clock.instant()).isPresent();
    }

    /**
     * Sets the new password of the token's user and uses the token up.
     *
     * @throws NotFoundException when the token is unknown, used or expired (one answer for all three)
     * @throws org.beltportal.core.system.InvalidInputException naming {@code newPassword} when it is too weak;
     *         the token stays usable then
     */
    @Transactional
    public void complete(String token, String newPassword) {
        String hash = token == null || token.length() > 100 ? null : Sha256.hex(token);
        Instant now = clock.instant();
        Optional<User> user = resetUser(hash, now);
        if (user.isEmpty()) {
            throw new NotFoundException("this password reset link is unknown, used or expired; ask for a new one");
        }
        Problems problems = new Problems();
        UserService.checkStrength(problems, "newPassword", newPassword, user.get().username());
        problems.throwIfAny();
        if (mapper.useReset(hash, now) == 0) {
            throw new NotFoundException("this password reset link is unknown, used or expired; ask for a new one");
        }
        users.setPassword(user.get(), newPassword, null);
        audit.record(user.get().username(), null, "user.password.reset-by-link", "user", user.get().username(), null, null);
    }

    private Optional<User> resetUser(String hash, Instant now) {
        return Optional.ofNullable(hash).flatMap(h -> mapper.findResetUserId(h, now)).flatMap(mapper::findById).filter(User::enabled);
    }

    /** A token to mail; the only time it exists outside the user's mailbox. */
    public record IssuedReset(String username, String email, String token, Instant expiresAt) {
    }

    /**
     * @param lifetime       how long a password reset link can be used
     * @param inviteLifetime how long the link mailed to a newly created user can be used
     */
    @Validated
    @ConfigurationProperties("portal.password-reset")
    public record Settings(@DefaultValue("30m") @NotNull @DurationMin(seconds = 1) Duration lifetime,
                           @DefaultValue("3d") @NotNull @DurationMin(seconds = 1) Duration inviteLifetime) {
    }
}
