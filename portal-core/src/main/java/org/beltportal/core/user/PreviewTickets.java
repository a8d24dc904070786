package org.beltportal.core.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.user.internal.PreviewTicketMapper;
import org.beltportal.core.user.internal.PreviewTicketMapper.Holder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The handoff of a console user's preview right to a belt's own host (decision 0041). A ticket is random, bound to
 * the user (and the user's credentials at issue), one tenant and {@link #TICKET_LIFETIME}; the belt's host exchanges
 * it once for a pass of {@link #PASS_LIFETIME}, kept in a cookie of that host. Both are stored only as SHA-256
 * hashes, and both answer with the user only while the user is enabled with the same password: whether the user
 * may preview the tenant is the caller's question, asked again at the exchange and on every use.
 */
@Service
public class PreviewTickets {

    public static final Duration TICKET_LIFETIME = Duration.ofSeconds(60);
    public static final Duration PASS_LIFETIME = Duration.ofHours(1);
    /** Longer than any secret we issue: a longer one is not ours and is not hashed or looked up. */
    private static final int MAX_SECRET = 100;

    private final PreviewTicketMapper mapper;
    private final UserService users;
    private final Clock clock;

    PreviewTickets(PreviewTicketMapper mapper, UserService users, Clock clock) {
        this.mapper = mapper;
        this.users = users;
        this.clock = clock;
    }

    /** A new ticket for {@code user} on {@code tenantId}; the caller has checked that the user may preview it. */
    @Transactional
    public String issue(User user, TenantId tenantId) {
        Instant now = clock.instant();
        mapper.deleteExpired(now);
        String ticket = users.newSecret();
        mapper.insert(Sha256.hex(ticket), user.id(), user.credentialStamp(), tenantId, now.plus(TICKET_LIFETIME));
        return ticket;
    }

    /**
     * Uses the ticket up and, when it was issued for {@code hostTenant} to a user who is still enabled with the same
     * credentials, returns that user and a new pass. A ticket is used up by any attempt, even one on another
     * tenant's host: a ticket seen in the wrong place is not tried again.
     */
    @Transactional
    public Optional<Exchanged> exchange(String ticket, TenantId hostTenant) {
        if (!plausible(ticket)) {
            return Optional.empty();
        }
        String hash = Sha256.hex(ticket);
        Instant now = clock.instant();
        if (mapper.use(hash, now) != 1) {
            return Optional.empty();
        }
        Optional<User> user = mapper.findByTicket(hash).filter(holder -> holder.tenantId().equals(hostTenant)).flatMap(this::user);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        String pass = users.newSecret();
        mapper.setPass(hash, Sha256.hex(pass), now.plus(PASS_LIFETIME));
        return Optional.of(new Exchanged(user.get(), pass));
    }

    /** The user a pass was given to on {@code tenantId}, while it lasts and the user's credentials are unchanged. */
    public Optional<User> passHolder(String pass, TenantId tenantId) {
        if (!plausible(pass)) {
            return Optional.empty();
        }
        return mapper.findByPass(Sha256.hex(pass), tenantId, clock.instant()).flatMap(this::user);
    }

    private Optional<User> user(Holder holder) {
        return users.sessionUser(holder.userId(), holder.credentialStamp());
    }

    private static boolean plausible(String secret) {
        return secret != null && !secret.isBlank() && secret.length() <= MAX_SECRET;
    }

    /** A ticket exchanged: its user, and the pass for the cookie (shown only here). */
    public record Exchanged(User user, String pass) {
    }
}
