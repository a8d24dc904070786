package org.beltportal.core.tenant;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.beltportal.core.tenant.internal.TenantMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Resolves hosts and slugs to tenants on every request, so it caches. Local changes evict at once; the
 * short expiry bounds how long another node may serve a stale status or host after a change there.
 * Misses are cached too, so a flood of made-up Host headers costs one query each per expiry, bounded in size.
 */
@Component
public class TenantDirectory {

    private static final Duration EXPIRY = Duration.ofSeconds(10);
    private static final int MAX_ENTRIES = 10_000;

    private final TenantMapper mapper;
    private final Cache<String, Optional<Tenant>> byHost = newCache();
    private final Cache<String, Optional<Tenant>> bySlug = newCache();

    TenantDirectory(TenantMapper mapper) {
        this.mapper = mapper;
    }

    public Optional<Tenant> byHost(String hostname) {
        return byHost.get(hostname, mapper::findByHost);
    }

    public Optional<Tenant> bySlug(String slug) {
        return bySlug.get(slug, mapper::findBySlug);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TenantChanged event) {
        byHost.invalidateAll();
        bySlug.invalidateAll();
    }

    private static Cache<String, Optional<Tenant>> newCache() {
        return Caffeine.newBuilder().expireAfterWrite(EXPIRY).maximumSize(MAX_ENTRIES).build();
    }
}
