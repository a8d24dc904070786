package org.beltportal.themes.cache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code portal.page.cache.requests} by {@code result} (hit, miss, not_modified) and the bytes held. Not
 * tagged by tenant: a thousand tenants would make a thousand series of each.
 */
class PageCacheMetrics {

    private final Counter hits;
    private final Counter misses;
    private final Counter notModified;

    PageCacheMetrics(MeterRegistry registry, PageCache cache) {
        hits = counter(registry, "hit");
        misses = counter(registry, "miss");
        notModified = counter(registry, "not_modified");
        Gauge.builder("portal.page.cache.size", cache, PageCache::weight).baseUnit("bytes")
                .description("rendered pages held, bodies and keys").register(registry);
    }

    void hit() {
        hits.increment();
    }

    void miss() {
        misses.increment();
    }

    void notModified() {
        notModified.increment();
    }

    private static Counter counter(MeterRegistry registry, String result) {
        return Counter.builder("portal.page.cache.requests").tag("result", result)
                .description("public page requests the render cache answered, by result").register(registry);
    }
}
