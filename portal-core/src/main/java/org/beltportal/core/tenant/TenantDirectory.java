package org.beltportal.core.tenant;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.beltportal.core.feed.ChangeArrived;
import org.beltportal.core.feed.ChangeKind;
import org.beltportal.core.system.BeltCaches;
import org.beltportal.core.system.ReadMostlyCache;
import org.beltportal.core.tenant.internal.BrandingMapper;
import org.beltportal.core.tenant.internal.TenantMapper;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What every portal request reads about its belt: the tenant behind a host or slug, and its branding. Cached
 * ({@link ReadMostlyCache}: a busy database delays reloads, never pages); local changes evict at once, and
 * {@link #REFRESH} bounds how long another node serves a stale status, host or branding after a change there.
 * Misses are cached too, so a flood of made-up Host headers costs one query each per refresh, bounded in
 * size. Admin reads and writes go to {@link TenantService}, which always reads the database.
 */
@Component
public class TenantDirectory implements BeltCaches {

    static final Duration REFRESH = Duration.ofSeconds(10);
    private static final Duration EXPIRY = Duration.ofMinutes(1);
    private static final int MAX_ENTRIES = 10_000;

    private final ReadMostlyCache<String, Optional<Tenant>> byHost;
    private final ReadMostlyCache<String, Optional<Tenant>> bySlug;
    private final ReadMostlyCache<TenantId, Branding> brandings;

    TenantDirectory(TenantMapper tenants, BrandingMapper brandingRows) {
        this.byHost = new ReadMostlyCache<>(REFRESH, EXPIRY, MAX_ENTRIES, tenants::findByHost);
        this.bySlug = new ReadMostlyCache<>(REFRESH, EXPIRY, MAX_ENTRIES, tenants::findBySlug);
        this.brandings = new ReadMostlyCache<>(REFRESH, EXPIRY, MAX_ENTRIES,
                id -> brandingRows.find(id).orElseGet(Branding::empty));
    }

    public Optional<Tenant> byHost(String hostname) {
        return byHost.get(hostname);
    }

    public Optional<Tenant> bySlug(String slug) {
        return bySlug.get(slug);
    }

    /** The belt's branding as its pages show it; none saved yet is the empty branding. */
    public Branding branding(TenantId id) {
        return brandings.get(id);
    }

    // Before the page cache and template listeners, so a page rendered after them reads the change.
    @TransactionalEventListener(fallbackExecution = true)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(TenantChanged event) {
        byHost.invalidateAll();
        bySlug.invalidateAll();
        brandings.invalidate(event.tenantId());
    }

    /** A change applied from the feed (another node's too): the belt's settings are read afresh. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(ChangeArrived event) {
        if (event.kind() == ChangeKind.TENANT) {
            byHost.invalidateAll();
            bySlug.invalidateAll();
        }
        if (event.kind() == ChangeKind.TENANT || event.kind() == ChangeKind.CONTENT) {
            brandings.invalidate(event.tenantId());
        }
    }

    @Override
    public Map<String, LongSupplier> beltCacheEntries() {
        return Map.of("tenant.by-host", byHost::size, "tenant.by-slug", bySlug::size, "tenant.branding", brandings::size);
    }
}
