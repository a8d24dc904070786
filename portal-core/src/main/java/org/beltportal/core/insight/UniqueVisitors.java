package org.beltportal.core.insight;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.beltportal.core.tenant.TenantId;

/**
 * Decides whether a page view is a visitor's first of the day in a belt. A visitor is the SHA-256 of a
 * random salt of that day, the belt, the address and the User-Agent, cut to 64 bits, held only in memory:
 * no address, cookie or hash is ever stored, and since each day's salt is new and never kept, two days'
 * visitors cannot be linked, not even by this node. Days are the belt's local days. Only the last two
 * days are remembered (every belt's "today" lies among them), each up to {@code limit} visitors.
 */
final class UniqueVisitors {

    enum Seen { FIRST, AGAIN, UNKNOWN }

    private final int limit;
    private final SecureRandom random = new SecureRandom();
    private final Map<LocalDate, Day> days = new ConcurrentHashMap<>();

    UniqueVisitors(int limit) {
        this.limit = limit;
    }

    /** FIRST the first time that day, AGAIN after, UNKNOWN when the day's memory is full and it cannot tell. */
    Seen see(TenantId tenant, LocalDate day, String address, String userAgent) {
        Day visitors = days.computeIfAbsent(day, this::newDay);
        long hash = visitors.hash(tenant, address, userAgent);
        if (visitors.hashes.contains(hash)) {
            return Seen.AGAIN;
        }
        if (visitors.hashes.size() >= limit) {
            return Seen.UNKNOWN;
        }
        return visitors.hashes.add(hash) ? Seen.FIRST : Seen.AGAIN;
    }

    private Day newDay(LocalDate day) {
        // Forget days before yesterday (and their salts) when a new day starts.
        days.keySet().removeIf(known -> known.isBefore(day.minusDays(1)));
        byte[] salt = new byte[32];
        random.nextBytes(salt);
        return new Day(salt, ConcurrentHashMap.newKeySet());
    }

    /** Visitor hashes held, over the remembered days and all belts. */
    long remembered() {
        return days.values().stream().mapToLong(day -> day.hashes.size()).sum();
    }

    /** Forgets every visitor and salt, as a restart does. */
    void clear() {
        days.clear();
    }

    private record Day(byte[] salt, Set<Long> hashes) {

        long hash(TenantId tenant, String address, String userAgent) {
            MessageDigest digest = sha256();
            digest.update(salt);
            digest.update(ByteBuffer.allocate(Long.BYTES).putLong(tenant.value()).array());
            digest.update(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(String.valueOf(userAgent).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest.digest()).getLong();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
