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
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Limits on the inquiries a portal stores. Per portal and sender (default 5 in 10 minutes), so one buyer
 * or script cannot bury a portal's operators; an IPv6 sender counts by its /64, the block one subscriber
 * usually holds. Per portal (default 300 an hour) against floods from many addresses; but a full portal
 * window does not shut the portal (decision 0018): while it is full, a network (IPv4 /24, IPv6 /48) that
 * has had an inquiry taken by this portal within the window is refused, and one that has not is still
 * taken. A flood then needs a fresh network for each inquiry past the cap, and a buyer elsewhere gets
 * through.
 *
 * <p>In memory and per node (docs/scaling.md): with N nodes behind a balancer the limits are N times
 * looser. Memory is bounded: at most {@value #MAX_SENDERS} senders and as many networks, and
 * {@value #MAX_TENANTS} portals are tracked, each forgotten a window after its last inquiry. A flood from
 * more addresses than that evicts older senders, which the per-portal window still bounds.
 */
@Component
@EnableConfigurationProperties(InquiryProperties.class)
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
    /** Per portal and network: when its last inquiry was taken. */
    private final Cache<String, Instant> networks;

    public InquiryRateLimiter(InquiryProperties properties, Clock clock) {
        this.perSender = properties.perSender();
        this.senderWindow = properties.senderWindow();
        this.perTenant = properties.perTenant();
        this.tenantWindow = properties.tenantWindow();
        this.clock = clock;
        this.senders = Caffeine.newBuilder().maximumSize(MAX_SENDERS).expireAfterAccess(senderWindow).build();
        this.tenants = Caffeine.newBuilder().maximumSize(MAX_TENANTS).expireAfterAccess(tenantWindow).build();
        this.networks = Caffeine.newBuilder().maximumSize(MAX_SENDERS).expireAfterWrite(tenantWindow).build();
    }

    /**
     * Counts one inquiry from {@code clientAddress} to the portal, or refuses it. A refused inquiry is
     * not counted, so a sender over its limit does not use up the portal's. One lock for all three keeps
     * check-and-count atomic; it is held for microseconds, and inquiries are few.
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
        String network = tenantId + " " + networkKey(clientAddress);
        Duration floodWait = floodWait(tenant.waitAt(now), networks.getIfPresent(network), now);
        if (!floodWait.isZero()) {
            throw new TooManyRequestsException("this portal is receiving too many inquiries; please try again later", floodWait);
        }
        sender.record(now);
        tenant.record(now);
        networks.put(network, now);
    }

    /**
     * Zero when the portal window has room, or when the network's last inquiry taken is older than the
     * window; else the shorter of the two waits.
     */
    private Duration floodWait(Duration tenantWait, Instant networkLast, Instant now) {
        if (tenantWait.isZero() || networkLast == null) {
            return Duration.ZERO;
        }
        Duration networkWait = Duration.between(now, networkLast.plus(tenantWindow));
        if (!networkWait.isPositive()) {
            return Duration.ZERO;
        }
        return networkWait.compareTo(tenantWait) < 0 ? networkWait : tenantWait;
    }

    /** The network an address belongs to: an IPv4 /24 or an IPv6 /48; anything else as it is. */
    static String networkKey(String clientAddress) {
        return IpLiterals.parse(clientAddress)
                .map(bytes -> bytes.length == 4
                        ? (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + ".0/24"
                        : HexFormat.of().formatHex(bytes, 0, 6) + "::/48")
                .orElse(String.valueOf(clientAddress));
    }

    /** The address itself, or for IPv6 its first 64 bits. */
    static String senderKey(String clientAddress) {
        return IpLiterals.parse(clientAddress)
                .filter(bytes -> bytes.length == 16)
                .map(bytes -> HexFormat.of().formatHex(bytes, 0, 8) + "::/64")
                .orElse(String.valueOf(clientAddress));
    }
}
