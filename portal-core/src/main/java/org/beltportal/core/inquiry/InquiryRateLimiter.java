package org.beltportal.core.inquiry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.beltportal.core.coordination.LimitStates;
import org.beltportal.core.coordination.LimitStates.Key;
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
 * <p>Counted in the database ({@link LimitStates}, decision 0044), so every node of a portal counts the same
 * inquiries: with N nodes the limits stay what they say. Each window is kept until a window after its last
 * inquiry; a network's time of its last inquiry as long. Only inquiries that are stored are counted, so the
 * rows grow no faster than the inquiries themselves.
 */
@Component
@EnableConfigurationProperties(InquiryProperties.class)
public class InquiryRateLimiter {

    static final String SENDER = "inquiry-sender";
    static final String PORTAL = "inquiry-portal";
    static final String NETWORK = "inquiry-network";

    private final int perSender;
    private final Duration senderWindow;
    private final int perTenant;
    private final Duration tenantWindow;
    private final LimitStates limits;
    private final Clock clock;

    public InquiryRateLimiter(InquiryProperties properties, LimitStates limits, Clock clock) {
        this.perSender = properties.perSender();
        this.senderWindow = properties.senderWindow();
        this.perTenant = properties.perTenant();
        this.tenantWindow = properties.tenantWindow();
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Counts one inquiry from {@code clientAddress} to the portal, or refuses it. A refused inquiry is
     * not counted, so a sender over its limit does not use up the portal's. The portal's window is locked
     * first, then the sender's and the network's: check-and-count is one step across all nodes, and every
     * update takes its locks in that one order.
     */
    public void acquire(TenantId tenantId, String clientAddress) {
        Key portal = new Key(PORTAL, tenantId.toString());
        Key sender = new Key(SENDER, tenantId + " " + senderKey(clientAddress));
        Key network = new Key(NETWORK, tenantId + " " + networkKey(clientAddress));
        Optional<TooManyRequestsException> refused = limits.update(List.of(portal, sender, network), locked -> {
            Instant now = clock.instant();
            SlidingWindow senderTimes = new SlidingWindow(perSender, senderWindow, locked.get(sender));
            Duration senderWait = senderTimes.waitAt(now);
            if (!senderWait.isZero()) {
                return Optional.of(new TooManyRequestsException("too many inquiries from your address; please try again later", senderWait));
            }
            SlidingWindow portalTimes = new SlidingWindow(perTenant, tenantWindow, locked.get(portal));
            long[] networkLast = locked.get(network);
            Duration floodWait = floodWait(portalTimes.waitAt(now),
                    networkLast.length == 0 ? null : Instant.ofEpochMilli(networkLast[0]), now);
            if (!floodWait.isZero()) {
                return Optional.of(new TooManyRequestsException("this portal is receiving too many inquiries; please try again later", floodWait));
            }
            senderTimes.record(now);
            portalTimes.record(now);
            locked.put(sender, senderTimes.times(), now.plus(senderWindow));
            locked.put(portal, portalTimes.times(), now.plus(tenantWindow));
            locked.put(network, new long[] {now.toEpochMilli()}, now.plus(tenantWindow));
            return Optional.empty();
        });
        if (refused.isPresent()) {
            throw refused.get();
        }
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
