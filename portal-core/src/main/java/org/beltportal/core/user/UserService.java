package org.beltportal.core.user;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.beltportal.core.audit.AuditLog;
import org.beltportal.core.region.Region;
import org.beltportal.core.region.RegionBelts;
import org.beltportal.core.region.Regions;
import org.beltportal.core.system.ConflictException;
import org.beltportal.core.system.EmailAddresses;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.LikePatterns;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.Problems;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.user.internal.UserMapper;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users, grants and API tokens. Tokens are random, shown once, and stored only as SHA-256 hashes. */
@Service
public class UserService {

    public static final Duration TOKEN_LIFETIME = Duration.ofHours(12);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final int MIN_PASSWORD = 10;
    /** bcrypt reads no further: a longer password would be cut (and Spring's encoder refuses it). */
    private static final int MAX_PASSWORD_BYTES = 72;
    private static final int MIN_DISTINCT_CHARACTERS = 5;

    private final UserMapper mapper;
    private final TenantService tenants;
    private final Regions regions;
    private final RegionBelts regionBelts;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** What a login with no account is checked against, so that it costs what a wrong password costs. */
    private final String dummyHash;

    UserService(UserMapper mapper, TenantService tenants, Regions regions, RegionBelts regionBelts,
                PasswordEncoder passwords, AuditLog audit, Clock clock) {
        this.regions = regions;
        this.regionBelts = regionBelts;
        this.mapper = mapper;
        this.tenants = tenants;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
        this.dummyHash = passwords.encode(newSecret());
    }

    public Optional<User> find(String username) {
        return mapper.findByUsername(username).map(this::withGrants);
    }

    public User require(String username) {
        return find(username).orElseThrow(() -> new NotFoundException("no user " + username));
    }

    public List<User> all() {
        return mapper.findAll().stream().map(this::withGrants).toList();
    }

    @Transactional
    public User create(String actor, UserDraft draft) {
        Problems problems = new Problems();
        checkUsername(problems, draft.username());
        checkStrength(problems, "password", draft.password(), draft.username());
        return insert(actor, draft.username(), draft.email(), draft.grants(), problems, draft.password());
    }

    /**
     * Creates a user nobody knows the password of: the email address (required) gets a link to set one (the
     * caller mails it, see {@code PasswordResetMailer.invite}), so no one types a password for someone else.
     */
    @Transactional
    public User createInvited(String actor, String username, String email, List<UserDraft.GrantDraft> grants) {
        return createInvited(actor, username, email, grants, new Problems());
    }

    /** The same, reporting {@code problems} the caller found first together with these fields' own. */
    @Transactional
    public User createInvited(String actor, String username, String email, List<UserDraft.GrantDraft> grants,
                              Problems problems) {
        checkUsername(problems, username);
        problems.require(email != null && !email.isBlank(), "email", "is required: the link to set a password goes there");
        // Random and never shown; the invited user replaces it through the mailed link.
        return insert(actor, username, email, grants, problems, newSecret());
    }

    /** Checks the rest of a new user (its address and grants, after the caller's own checks) and stores it. */
    private User insert(String actor, String username, String email, List<UserDraft.GrantDraft> requested,
                        Problems problems, String password) {
        String cleaned = cleanEmail(email);
        checkEmail(problems, cleaned);
        List<RoleGrant> grants = resolveGrants(requested, problems);
        problems.throwIfAny();
        if (mapper.findByUsername(username).isPresent()) {
            throw new ConflictException("username " + username + " is taken");
        }
        UserMapper.WriteRow row = new UserMapper.WriteRow(username, cleaned, passwords.encode(password), clock.instant());
        mapper.insert(row);
        grants.forEach(grant -> mapper.insertGrant(row.id, grant.tenantId(), grant.role(), grant.regionCode()));
        User created = require(username);
        audit.record(actor, null, "user.create", "user", username, null, created);
        return created;
    }

    /** Users whose name or address contains {@code text} (null: all), by name, after {@code afterUsername}. */
    public List<User> search(String text, String afterUsername, int limit) {
        return mapper.search(LikePatterns.containing(text), afterUsername, limit).stream().map(this::withGrants).toList();
    }

    /** Disables (sessions and tokens stop working at once, decision 0016) or enables a user; never oneself. */
    @Transactional
    public User setEnabled(String actor, String username, boolean enabled) {
        User before = require(username);
        if (before.username().equals(actor)) {
            throw new ConflictException("you cannot disable yourself");
        }
        mapper.updateEnabled(before.id(), enabled);
        audit.record(actor, null, enabled ? "user.enable" : "user.disable", "user", username,
                Map.of("enabled", before.enabled()), Map.of("enabled", enabled));
        return require(username);
    }

    @Transactional
    public User replaceGrants(String actor, String username, List<UserDraft.GrantDraft> requested) {
        User before = require(username);
        Problems problems = new Problems();
        List<RoleGrant> grants = resolveGrants(requested, problems);
        problems.throwIfAny();
        mapper.deleteGrants(before.id());
        grants.forEach(grant -> mapper.insertGrant(before.id(), grant.tenantId(), grant.role(), grant.regionCode()));
        User after = require(username);
        audit.record(actor, null, "user.grants", "user", username, before, after);
        return after;
    }

    /** Sets or (with null or blank) removes the user's email address. */
    @Transactional
    public User setEmail(String actor, String username, String email) {
        User before = require(username);
        String cleaned = cleanEmail(email);
        Problems problems = new Problems();
        checkEmail(problems, cleaned);
        problems.throwIfAny();
        mapper.updateEmail(before.id(), cleaned);
        User after = require(username);
        audit.record(actor, null, "user.email", "user", username, Collections.singletonMap("email", before.email()),
                Collections.singletonMap("email", cleaned));
        return after;
    }

    /** Addresses of the enabled users who hold one of {@code roles} on the tenant and have one, each once. */
    public List<String> emailsOnTenant(TenantId tenantId, Collection<Role> roles) {
        return mapper.findEmailsOnTenant(tenantId, roles);
    }

    @Transactional
    public void delete(String actor, String username) {
        User before = require(username);
        if (before.username().equals(actor)) {
            throw new ConflictException("you cannot delete yourself");
        }
        mapper.delete(before.id());
        audit.record(actor, null, "user.delete", "user", username, before, null);
    }

    /** Creates the user only if the name is free; used once at first start for "admin". */
    @Transactional
    public boolean createPlatformAdminIfMissing(String username, String password) {
        if (mapper.findByUsername(username).isPresent()) {
            return false;
        }
        UserMapper.WriteRow row = new UserMapper.WriteRow(username, null, passwords.encode(password), clock.instant());
        mapper.insert(row);
        mapper.insertGrant(row.id, null, Role.PLATFORM_ADMIN, null);
        audit.record("system", null, "user.create", "user", username, null, require(username));
        return true;
    }

    /**
     * The account a login names, found as the database compares names (utf8mb4_unicode_ci folds case, width,
     * accents and trailing spaces), without its grants. Callers throttle by its id before checking the password.
     */
    public Optional<User> findForLogin(String username) {
        return username == null || username.length() > 1000 ? Optional.empty() : mapper.findByUsername(username);
    }

    /**
     * The account, with its grants, when it exists, is enabled and the password matches. With no account the
     * password is checked against a dummy hash all the same, so an unknown name answers as slowly as a wrong
     * password and does not tell which names exist.
     */
    public Optional<User> checkPassword(Optional<User> account, String password) {
        boolean matches = passwordMatches(password, account.map(User::passwordHash).orElse(dummyHash));
        return account.filter(user -> matches && user.enabled()).map(this::withGrants);
    }

    /**
     * The user a console session was opened for, with today's grants, unless the user has since been deleted,
     * disabled or given a new password (the session's {@code credentialStamp} no longer matches).
     */
    public Optional<User> sessionUser(long id, String credentialStamp) {
        return mapper.findById(id)
                .filter(User::enabled)
                .filter(user -> user.credentialStamp().equals(credentialStamp))
                .map(this::withGrants);
    }

    /**
     * Changes a user's own password, given the current one. Revokes every token of the user but
     * {@code keptToken} (the one the change was made with, or null); console sessions end by themselves, as
     * their credential stamp no longer matches. Returns the user with the new stamp.
     */
    @Transactional
    public User changePassword(long userId, String currentPassword, String newPassword, String keptToken) {
        User user = mapper.findById(userId).orElseThrow(() -> new NotFoundException("no such user"));
        boolean currentIsRight = passwordMatches(currentPassword, user.passwordHash());
        Problems problems = new Problems().require(currentIsRight, "currentPassword", "is not your current password");
        checkStrength(problems, "newPassword", newPassword, user.username());
        problems.require(!currentIsRight || !currentPassword.equals(newPassword), "newPassword", "must differ from the current password");
        try {
            problems.throwIfAny();
        } catch (InvalidInputException invalid) {
            throw currentIsRight ? invalid : new WrongPasswordException(invalid.problems());
        }
        setPassword(user, newPassword, keptToken == null ? null : Sha256.hex(keptToken));
        audit.record(user.username(), null, "user.password.change", "user", user.username(), null, null);
        return mapper.findById(userId).map(this::withGrants).orElseThrow();
    }

    /** A platform admin sets another user's password: every session and token of that user ends. */
    @Transactional
    public void resetPassword(String actor, String username, String newPassword) {
        User user = require(username);
        if (user.username().equals(actor)) {
            throw new ConflictException("change your own password with your current one (me/password)");
        }
        Problems problems = new Problems();
        checkStrength(problems, "newPassword", newPassword, user.username());
        problems.throwIfAny();
        setPassword(user, newPassword, null);
        audit.record(actor, null, "user.password.reset", "user", user.username(), null, null);
    }

    /** Ends every API token of the user. */
    @Transactional
    public void revokeTokens(String actor, String username) {
        User user = require(username);
        mapper.deleteTokensOf(user.id(), null);
        audit.record(actor, null, "user.tokens.revoke", "user", user.username(), null, null);
    }

    /** Ends one token, as its holder asks when done with it. */
    public void revokeToken(String token) {
        mapper.deleteToken(Sha256.hex(token));
    }

    @Transactional
    public IssuedToken issueToken(String username) {
        User user = require(username);
        String token = newSecret();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(TOKEN_LIFETIME);
        mapper.deleteExpiredTokens(now);
        mapper.insertToken(user.id(), Sha256.hex(token), now, expiresAt);
        return new IssuedToken(token, expiresAt);
    }

    public Optional<User> userForToken(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return mapper.findUserIdByTokenHash(Sha256.hex(token), clock.instant())
                .flatMap(mapper::findById)
                .filter(User::enabled)
                .map(this::withGrants);
    }

    /** A freshly issued token; the only time the token itself exists outside the client. */
    public record IssuedToken(String token, Instant expiresAt) {
    }

    private List<RoleGrant> resolveGrants(List<UserDraft.GrantDraft> requested, Problems problems) {
        List<RoleGrant> grants = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            UserDraft.GrantDraft grant = requested.get(i);
            String field = "grants[" + i + "]";
            if (grant == null || grant.role() == null) {
                problems.require(false, field, "needs a role");
            } else if (grant.role() == Role.PLATFORM_ADMIN) {
                problems.require(grant.tenant() == null && grant.region() == null, field,
                        "platform_admin is granted without a tenant or region");
                grants.add(new RoleGrant(null, Role.PLATFORM_ADMIN));
            } else if (grant.role() == Role.REGIONAL_ADMIN) {
                Optional<Region> region = regions.find(grant.region());
                problems.require(grant.tenant() == null, field, "regional_admin is granted on a region, not on a tenant")
                        .require(region.isPresent(), field + ".region", "must name an existing region code, such as 330000");
                region.ifPresent(r -> grants.add(new RoleGrant(null, Role.REGIONAL_ADMIN, r.code())));
            } else {
                problems.require(grant.region() == null, field + ".region", "only regional_admin is granted on a region");
                Optional<Tenant> tenant = grant.tenant() == null ? Optional.empty() : tenants.findBySlug(grant.tenant());
                problems.require(tenant.isPresent(), field + ".tenant", "must name an existing tenant");
                tenant.ifPresent(t -> grants.add(new RoleGrant(t.id(), grant.role())));
            }
        }
        return grants.stream().distinct().toList();
    }

    private static void checkUsername(Problems problems, String username) {
        problems.require(username != null, "username", "is required")
                .matches(username, USERNAME, "username", "must be 2-64 lowercase letters, digits, . _ -");
    }

    private static String cleanEmail(String email) {
        return email == null || email.isBlank() ? null : email.strip();
    }

    private static void checkEmail(Problems problems, String email) {
        problems.require(email == null || EmailAddresses.isValid(email), "email", "is not a valid email address");
    }

    /** The user's grants, and the belts its regional_admin grants reach as the tree stands now. */
    private User withGrants(User user) {
        List<RoleGrant> grants = mapper.findGrants(user.id());
        List<TenantId> beltsUnderRegions = grants.stream().filter(grant -> grant.role() == Role.REGIONAL_ADMIN)
                .flatMap(grant -> regions.find(grant.regionCode()).stream())
                .flatMap(region -> regionBelts.tenantIdsUnder(region).stream()).distinct().toList();
        return user.withGrants(grants, beltsUnderRegions);
    }

    void setPassword(User user, String newPassword, String keptTokenHash) {
        mapper.updatePassword(user.id(), passwords.encode(newPassword));
        mapper.deleteTokensOf(user.id(), keptTokenHash);
    }

    private boolean passwordMatches(String password, String hash) {
        // Spring's bcrypt answers a missing, empty or over-long password at once; hashing a stand-in against the
        // dummy instead keeps the time the same.
        boolean checkable = password != null && !password.isEmpty()
                && password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
        boolean matches = passwords.matches(checkable ? password : "not-checkable", checkable ? hash : dummyHash);
        return checkable && matches;
    }

    /** Length (as bcrypt counts it), some variety, and not the username: weak passwords named by the field. */
    static void checkStrength(Problems problems, String field, String password, String username) {
        if (password == null || password.length() < MIN_PASSWORD) {
            problems.require(false, field, "must have at least " + MIN_PASSWORD + " characters");
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            problems.require(false, field, "must be at most " + MAX_PASSWORD_BYTES + " bytes (72 letters or digits, 24 Chinese characters)");
        } else if (password.codePoints().distinct().count() < MIN_DISTINCT_CHARACTERS) {
            problems.require(false, field, "must use at least " + MIN_DISTINCT_CHARACTERS + " different characters");
        } else if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.require(false, field, "must not contain the username");
        }
    }

    String newSecret() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
