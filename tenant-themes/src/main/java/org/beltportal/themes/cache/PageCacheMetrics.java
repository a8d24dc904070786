package org.beltportal.themes.cache;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * {@code portal.page.cache.requests} by {@code result} (hit, miss, not_modified), the bytes held, and
 * {@code portal.page.render} (time to render a page the cache did not have). Not tagged by tenant: a
 * thousand tenants would make a thousand series of each. Page views are left out of Spring's
 * {@code http.server.requests} ({@link PageCacheConfiguration}), so these are the page figures.
 */
class PageCacheMetrics {

    private final Counter hits;
    private final Counter misses;
    private final Counter notModified;
    private final Timer renders;

    PageCacheMetrics(MeterRegistry registry, PageCache cache) {
        hits = counter(registry, "hit");
        misses = counter(registry, "miss");
        notModified = counter(registry, "not_modified");
        renders = Timer.builder("portal.page.render").description("rendering a public page the cache did not hold")
                .register(registry);
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

    void rendered(long nanos) {
        renders.record(nanos, TimeUnit.NANOSECONDS);
    }

    private static Counter counter(MeterRegistry registry, String result) {
        return Counter.builder("portal.page.cache.requests").tag("result", result)
                .description("public page requests the render cache answered, by result").register(registry);
    }
}
