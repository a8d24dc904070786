package org.beltportal.core.feed;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.beltportal.core.feed.internal.DeadLetterMapper;
import org.beltportal.core.tenant.TenantId;
import org.springframework.stereotype.Service;

/**
 * Products whose search document the cluster refused (decision 0054): kept per belt, the latest refusal per product,
 * so the drain can go on past them and the belt's operators can see and fix them. A product leaves the list when a
 * later write of it is accepted (its row changed, or the belt was re-indexed) or when a re-index no longer
 * refuses it.
 */
@Service
public class DeadLetters {

    /** The cluster's reasons can be long (a whole caused-by chain); the start says which field and why. */
    static final int MAX_REASON = 1000;

    private final DeadLetterMapper mapper;
    private final Clock clock;

    DeadLetters(DeadLetterMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Records the product's refusal as its latest; true when it was not recorded yet (log and count it once). */
    public boolean record(TenantId tenantId, long productId, String reason) {
        boolean first = !mapper.exists(tenantId, productId);
        String kept = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
        mapper.keep(tenantId, new DeadLetter(productId, kept, clock.instant()));
        return first;
    }

    /**
     * These products' documents were accepted (or removed) since: they are no longer dead letters. Called after
     * every write of the drain, inside its transaction: only rows that exist are deleted, because a delete of absent
     * keys takes InnoDB gap locks that two nodes' drains recording refusals at once would deadlock on.
     */
    public void resolved(TenantId tenantId, Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return;
        }
        List<Long> recorded = mapper.recorded(tenantId, productIds);
        if (!recorded.isEmpty()) {
            mapper.delete(tenantId, recorded);
        }
    }

    /** A re-index of the belt that started at {@code started} retried every product: refusals older than it are gone. */
    public void retriedSince(TenantId tenantId, Instant started) {
        mapper.deleteBefore(tenantId, started);
    }

    /** The belt's newest dead letters first. */
    public List<DeadLetter> newest(TenantId tenantId, int limit) {
        return mapper.newest(tenantId, limit);
    }

    public long count(TenantId tenantId) {
        return mapper.count(tenantId);
    }

    /** Belts that have dead letters, with how many each. */
    public Map<TenantId, Long> countByBelt() {
        Map<TenantId, Long> counts = new LinkedHashMap<>();
        mapper.countByBelt().forEach(belt -> counts.put(belt.tenantId(), belt.letters()));
        return counts;
    }

    /** One row of {@link #countByBelt()}. */
    public record BeltCount(TenantId tenantId, long letters) {
    }
}
