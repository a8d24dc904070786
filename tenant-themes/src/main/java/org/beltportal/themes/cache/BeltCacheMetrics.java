package org.beltportal.themes.cache;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.beltportal.core.system.BeltCaches;
import org.springframework.stereotype.Component;

/**
 * {@code portal.belt.cache.entries}, one gauge per cache that grows with the number of belts a node serves
 * (every {@link BeltCaches} bean's entries, tagged {@code cache}), so an operator of a thousand belts sees what
 * the belts hold without a heap dump. Tagged by cache, never by tenant: a thousand belts would make a thousand
 * series of each.
 */
@Component
class BeltCacheMetrics implements MeterBinder {

    static final String NAME = "portal.belt.cache.entries";

    private final List<BeltCaches> holders;

    BeltCacheMetrics(List<BeltCaches> holders) {
        this.holders = holders;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Set<String> seen = new HashSet<>();
        for (BeltCaches holder : holders) {
            for (Map.Entry<String, LongSupplier> cache : holder.beltCacheEntries().entrySet()) {
                if (!seen.add(cache.getKey())) {
                    throw new IllegalStateException("two belt caches are named " + cache.getKey());
                }
                // Strong: the gauge is the only holder of the supplier, and a weakly held one reads NaN after a GC.
                Gauge.builder(NAME, cache.getValue(), LongSupplier::getAsLong).strongReference(true).tag("cache", cache.getKey())
                        .description("entries a per-belt cache holds on this node").register(registry);
            }
        }
    }
}
