package org.beltportal.core.inquiry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.beltportal.core.system.TooManyRequestsException;
import org.beltportal.core.system.web.IpLiterals;
import org.beltportal.core.tenant.TenantId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Two sliding windows per inquiry: one per portal and sender (default 5 in 10 minutes), so one buyer or
 * script cannot bury a portal's operators; one per portal (default 300 an hour), so many addresses
 * together cannot either. An IPv6 sender counts by its /64, the block one subscriber usually holds.
 *
 * <p>In memory and per node (docs/scaling.md): with N nodes behind a balancer the limits are N times
 * looser. Memory is bounded: at most {@value #MAX_SENDERS} senders and {@value #MAX_TENANTS} portals
 * are tracked, each forgotten a window after its last inquiry. A flood from more addresses than that
 * evicts older senders, which the per-portal window still bounds.
 */
@Component
public class InquiryRateLimiter {

    static final int MAX_SENDERS = 50_000;
    static final int MAX_TENANTS = 10_000;

    private final int perSender;
    private final Duration senderWindow;
    private final int perTenant;
    private final Duration tenantWindow;
    private final Clock clock;
    private final Cache<String, SlidingWindow> senders;
    private final Cache<TenantId, SlidingWindow> tenants;

    public InquiryRateLimiter(@Value("${portal.inquiries.per-sender:5}") int perSender,
                              @Value("${portal.inquiries.sender-window:10m}") Duration senderWindow,
                              @Value("${portal.inquiries.per-tenant:300}") int perTenant,
                              @Value("${portal.inquiries.tenant-window:1h}") Duration tenantWindow, Clock clock) {
        this.perSender = perSender;
        this.senderWindow = senderWindow;
        this.perTenant = perTenant;
        this.tenantWindow = tenantWindow;
        this.clock = clock;
        this.senders = Caffeine.newBuilder().maximumSize(MAX_SENDERS).expireAfterAccess(senderWindow).build();
        this.tenants = Caffeine.newBuilder().maximumSize(MAX_TENANTS).expireAfterAccess(tenantWindow).build();
    }

    /**
     * Counts one inquiry from {@code clientAddress} to the portal, or refuses it. A refused inquiry is
     * not counted, so a sender over its limit does not use up the portal's. One lock for both windows
     * keeps check-and-count atomic; it is held for microseconds, and inquiries are few.
     */
    public synchronized void acquire(TenantId tenantId, String clientAddress) {
        Instant now = clock.instant();
        SlidingWindow sender = senders.get(tenantId + " " + senderKey(clientAddress),
                key -> new SlidingWindow(perSender, senderWindow));
        Duration senderWait = sender.waitAt(now);
        if (!senderWait.isZero()) {
            throw new TooManyRequestsException("too many inquiries from your address; please try again later", senderWait);
        }
        SlidingWindow tenant = tenants.get(tenantId, key -> new SlidingWindow(perTenant, tenantWindow));
        Duration tenantWait = tenant.waitAt(now);
        if (!tenantWait.isZero()) {
            throw new TooManyRequestsException("this portal is receiving too many inquiries; please try again later", tenantWait);
        }
        sender.record(now);
        tenant.record(now);
    }

    /** The address itself, or for IPv6 its first 64 bits. */
    static String senderKey(String clientAddress) {
        return IpLiterals.parse(clientAddress)
                .filter(bytes -> bytes.length == 16)
                .map(bytes -> HexFormat.of().formatHex(bytes, 0, 8) + "::/64")
                .orElse(String.valueOf(clientAddress));
    }
}
