package org.beltportal.search.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

import org.beltportal.core.feed.ChangeArrived;
import org.beltportal.core.feed.ChangeKind;
import org.beltportal.core.synonym.SynonymService;
import org.beltportal.core.synonym.SynonymsChanged;
import org.beltportal.core.system.BeltCaches;
import org.beltportal.core.system.ReadMostlyCache;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.search.analysis.ChineseFolding;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Expands a query with the tenant's synonyms at search time. Chinese has no spaces, so a set applies when
 * one of its terms occurs anywhere in the (folded) query; each other term of the set gives one variant of
 * the query with that term swapped in. Cached per tenant ({@link ReadMostlyCache}); a change evicts at once on
 * this node and within the refresh on others.
 */
@Component
public class TenantSynonyms implements BeltCaches {

    static final int MAX_VARIANTS = 16;
    private static final Duration REFRESH = Duration.ofSeconds(30);
    private static final Duration EXPIRY = Duration.ofMinutes(2);

    private final SynonymService synonyms;
    private final ReadMostlyCache<TenantId, List<List<String>>> cache =
            new ReadMostlyCache<>(REFRESH, EXPIRY, 10_000, this::folded);

    TenantSynonyms(SynonymService synonyms) {
        this.synonyms = synonyms;
    }

    /** The query followed by its synonym variants (all folded), at most {@value #MAX_VARIANTS} in all. */
    public List<String> variants(TenantId tenantId, String text) {
        String query = ChineseFolding.fold(text);
        Set<String> variants = new LinkedHashSet<>();
        variants.add(query);
        for (List<String> set : cache.get(tenantId)) {
            for (String term : set) {
                if (!query.contains(term)) {
                    continue;
                }
                for (String other : set) {
                    if (variants.size() < MAX_VARIANTS) {
                        variants.add(query.replace(term, other));
                    }
                }
            }
        }
        return List.copyOf(variants);
    }

    private List<List<String>> folded(TenantId tenantId) {
        List<List<String>> sets = new ArrayList<>();
        for (List<String> set : synonyms.sets(tenantId)) {
            sets.add(set.stream().map(ChineseFolding::fold).toList());
        }
        return sets;
    }

    // Before the page cache and template listeners, so a page rendered after them reads the change.
    @TransactionalEventListener(fallbackExecution = true)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(SynonymsChanged event) {
        cache.invalidate(event.tenantId());
    }

    /** Another node's synonym change, through the change feed (decision 0043). */
    @EventListener
    void on(ChangeArrived event) {
        if (event.kind() == ChangeKind.SYNONYMS) {
            cache.invalidate(event.tenantId());
        }
    }

    @Override
    public Map<String, LongSupplier> beltCacheEntries() {
        return Map.of("search.synonyms", cache::size);
    }
}
