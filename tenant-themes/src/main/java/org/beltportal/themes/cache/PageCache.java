package org.beltportal.themes.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.beltportal.core.system.BeltCaches;

/**
 * The rendered pages, bounded by total weight (bodies plus keys). An entry is served only before its own
 * {@code expiresAt}, read from the injected clock, so the earliest of TTL and {@link PageFreshness} holds
 * exactly; Caffeine's expiry merely frees the memory of expired entries.
 */
public class PageCache implements BeltCaches {

    private final Cache<PageKey, CachedPage> entries;
    private final Clock clock;

    PageCache(PageCacheProperties properties, Clock clock) {
        this.clock = clock;
        this.entries = Caffeine.newBuilder()
                .maximumWeight(properties.maxSize().toBytes())
                .weigher((PageKey key, CachedPage page) -> key.weight() + page.weight())
                .expireAfter(Expiry.creating((PageKey key, CachedPage page) -> untilExpiry(page)))
                .build();
    }

    Optional<CachedPage> get(PageKey key) {
        CachedPage page = entries.getIfPresent(key);
        if (page == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(page.expiresAt())) {
            entries.asMap().remove(key, page);
            return Optional.empty();
        }
        return Optional.of(page);
    }

    void put(PageKey key, CachedPage page) {
        entries.put(key, page);
    }

    /** Drops every page of one tenant: after a change, its old generation's entries only take up room. */
    void dropTenant(long tenant) {
        entries.asMap().keySet().removeIf(key -> key.tenant() == tenant);
    }

    /** Bytes held (the weigher's estimate), for the size gauge. */
    long weight() {
        return entries.policy().eviction().map(eviction -> eviction.weightedSize().orElse(0L)).orElse(0L);
    }

    private Duration untilExpiry(CachedPage page) {
        Duration left = Duration.between(clock.instant(), page.expiresAt());
        return left.isNegative() ? Duration.ZERO : left;
    }

    @Override
    public Map<String, LongSupplier> beltCacheEntries() {
        return Map.of("page.cache", entries::estimatedSize);
    }
}
