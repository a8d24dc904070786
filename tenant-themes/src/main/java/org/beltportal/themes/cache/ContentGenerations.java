package org.beltportal.themes.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

import org.beltportal.core.feed.ChangeArrived;
import org.beltportal.core.feed.ChangeKind;
import org.beltportal.core.product.ProductChanged;
import org.beltportal.core.product.ProductsChanged;
import org.beltportal.core.supplier.SupplierChanged;
import org.beltportal.core.synonym.SynonymsChanged;
import org.beltportal.core.system.BeltCaches;
import org.beltportal.core.system.TenantContentChanged;
import org.beltportal.core.tenant.TenantChanged;
import org.beltportal.core.tenant.TenantId;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Each tenant's content generation, part of every cache key: a change to what a tenant's visitors see
 * bumps it, after the change commits, so the next request renders afresh. Every audited admin change
 * arrives as {@link TenantContentChanged} (categories, pages, branding, templates ...); the specific events
 * add what is not audited one by one (import batches, re-indexing). The platform page lists every belt, so
 * any tenant's settings change bumps its generation too. Generations live in this node's memory; another
 * node's changes arrive through the change feed as {@link ChangeArrived} (decision 0043).
 * <p>
 * Search results come from the index, which takes in a change shortly after the commit (within a second,
 * issue 3). So for {@code settle} after a bump a tenant's pages are rendered but not stored: a search page
 * rendered before the index caught up must not outlive that moment.
 * <p>
 * A change of many products at once (an import batch, a bulk action) bumps at once only if the tenant had no
 * such bump within {@code bulkInterval}; a later one waits for the end of that interval and then bumps with
 * whatever came meanwhile (decision 0052). An import writes a batch every second or two: bumping for each kept
 * the belt's pages out of the cache for the whole import, so every buyer request rendered while the import
 * took its share of the CPU (the festival-spike soak, docs/benchmarks.md). Single changes, content and
 * settings always bump at once.
 */
public class ContentGenerations implements BeltCaches {

    static final long PLATFORM = -1;

    private final ConcurrentMap<Long, Long> generations = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, Instant> settling = new ConcurrentHashMap<>();
    private final PageCache cache;
    private final Clock clock;
    private final Duration settle;
    private final Duration bulkInterval;
    /** Per tenant: until when a bulk change waits instead of bumping. */
    private final ConcurrentMap<Long, Instant> bulkQuietUntil = new ConcurrentHashMap<>();
    /** Tenants with a bulk change that waits for its bump. */
    private final Set<Long> bulkWaiting = ConcurrentHashMap.newKeySet();

    ContentGenerations(PageCache cache, Clock clock, Duration settle, Duration bulkInterval) {
        this.cache = cache;
        this.clock = clock;
        this.settle = settle;
        this.bulkInterval = bulkInterval;
    }

    long current(long tenant) {
        if (!bulkWaiting.isEmpty()) {
            bumpIfBulkDue(tenant);
        }
        return generations.getOrDefault(tenant, 0L);
    }

    /** Whether a page rendered at {@code generation} may be stored now: still current, and settled. */
    boolean storable(long tenant, long generation) {
        Instant until = settling.get(tenant);
        return current(tenant) == generation && (until == null || !clock.instant().isBefore(until));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TenantContentChanged event) {
        bump(event.tenantId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TenantChanged event) {
        bump(event.tenantId());
        bump(PLATFORM);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ProductChanged event) {
        bump(event.tenantId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ProductsChanged event) {
        bumpBulk(event.tenantId().value());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SupplierChanged event) {
        bump(event.tenantId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SynonymsChanged event) {
        bump(event.tenantId());
    }

    /**
     * A change applied from the change feed, on every node (decision 0043): this is how another node's change
     * reaches this node's cached pages, a poll (200 ms) after its commit. The node that made it bumped already.
     */
    @EventListener
    void on(ChangeArrived event) {
        if (event.bulk()) {
            bumpBulk(event.tenantId().value());
        } else {
            bump(event.tenantId());
        }
        if (event.kind() == ChangeKind.TENANT) {
            bump(PLATFORM);
        }
    }

    private void bumpBulk(long tenant) {
        Instant now = clock.instant();
        Instant quietUntil = bulkQuietUntil.get(tenant);
        if (quietUntil == null || !now.isBefore(quietUntil)) {
            bumpStartingAnInterval(tenant, now);
        } else {
            bulkWaiting.add(tenant);
        }
    }

    /** The waiting bulk change's bump, once its interval is over; the first request after that takes it. */
    private void bumpIfBulkDue(long tenant) {
        Instant now = clock.instant();
        Instant quietUntil = bulkQuietUntil.get(tenant);
        if (quietUntil != null && !now.isBefore(quietUntil) && bulkWaiting.remove(tenant)) {
            bumpStartingAnInterval(tenant, now);
        }
    }

    /** A bulk change's bump: later bulk changes wait until the interval it starts is over. */
    private void bumpStartingAnInterval(long tenant, Instant now) {
        bulkQuietUntil.put(tenant, now.plus(bulkInterval));
        bump(tenant);
    }

    private void bump(TenantId tenant) {
        bump(tenant.value());
    }

    /** Any bump takes a waiting bulk change with it. */
    private void bump(long tenant) {
        bulkWaiting.remove(tenant);
        settling.put(tenant, clock.instant().plus(settle));
        generations.merge(tenant, 1L, Long::sum);
        cache.dropTenant(tenant);
    }

    @Override
    public Map<String, LongSupplier> beltCacheEntries() {
        return Map.of("page.generations", () -> generations.size(), "page.settling", () -> settling.size(),
                "page.bulk-intervals", () -> bulkQuietUntil.size(), "page.bulk-waiting", () -> bulkWaiting.size());
    }
}
