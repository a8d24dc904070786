package org.beltportal.core.system;

import java.util.Map;
import java.util.function.LongSupplier;

/**
 * What a bean keeps in memory per belt (caches and maps keyed by tenant or by its host), by name, so the metrics
 * endpoint can show it: on a node serving a thousand belts these are what grows with the number of belts (issue
 * 20; docs/scaling.md lists each with its bound). The themes module turns every entry into a gauge
 * {@code portal.belt.cache.entries} tagged with the name.
 */
public interface BeltCaches {

    /** Each cache's name (the gauge's {@code cache} tag, unique on a node) and how to count its entries now. */
    Map<String, LongSupplier> beltCacheEntries();
}
