package org.beltportal.search.opensearch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.beltportal.core.supplier.Capability;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.search.analysis.Pinyin;
import org.beltportal.search.analysis.PinyinReading;
import org.beltportal.search.index.PriceBand;
import org.beltportal.search.query.SearchQuery;
import org.beltportal.search.query.SearchScope;
import org.beltportal.search.query.SearchSort;
import org.beltportal.search.query.TenantSynonyms;

/**
 * A {@link org.beltportal.search.query.SearchQuery} as OpenSearch query DSL, clause for clause what the embedded
 * index's ProductQueries builds: the scope is the first filter of every request, text is matched through the
 * plugin's analysers, supplier trust and live campaigns multiply the text's score. Nothing the buyer typed is
 * ever parsed as query syntax: text only reaches {@code match} queries as a value.
 */
final class OpenSearchQueries {

    /** As the embedded index: a live campaign's product leads, a poor match of it does not outrank good ones. */
    static final double CAMPAIGN_BOOST = 3.0;
    /** As the embedded index (decision 0033): a match by pinyin spelling alone ranks below any match of the text. */
    static final double PINYIN_WEIGHT = 0.01;
    static final int FACET_TOP = 20;

    private OpenSearchQueries() {
    }

    /** The query of a search: filters, text over its synonym {@code variants}, trust and campaign weights. */
    static Map<String, Object> query(SearchScope scope, SearchQuery query, List<String> variants) {
        List<Object> filters = new ArrayList<>();
        filters.add(scopeFilter(scope));
        if (query.category() != null) {
            filters.add(term("category", query.category()));
        }
        if (query.minRating() != null) {
            filters.add(Map.of("range", Map.of("rating", Map.of("gte", query.minRating().level()))));
        }
        if (query.verified() != null) {
            filters.add(term("verified", query.verified().toString()));
        }
        for (Capability capability : query.capabilities()) {
            filters.add(term("capability", capability.code()));
        }
        if (query.priceMin() != null || query.priceMax() != null) {
            Map<String, Object> range = new LinkedHashMap<>();
            range.put("gte", query.priceMin() == null ? 0 : PriceBand.fen(query.priceMin()));
            if (query.priceMax() != null) {
                range.put("lte", PriceBand.fen(query.priceMax()));
            }
            filters.add(Map.of("range", Map.of("price", range)));
        }
        if (query.moqMax() != null) {
            filters.add(Map.of("range", Map.of("moq", Map.of("gte", 1, "lte", query.moqMax()))));
        }
        if (!query.productIds().isEmpty()) {
            filters.add(products(scope, query.productIds()));
        }
        Map<String, Object> bool = new LinkedHashMap<>();
        bool.put("filter", filters);
        if (!variants.isEmpty()) {
            bool.put("must", List.of(text(variants)));
        }
        boolean hasText = !variants.isEmpty();
        if (query.promoted().isEmpty() && !hasText) {
            return Map.of("bool", bool);
        }
        if (!hasText) {
            // Without text every hit scores alike: featured products simply come first.
            bool.put("should", List.of(Map.of("constant_score", Map.of("filter", products(scope, query.promoted().keySet()), "boost", 1))));
            return Map.of("bool", bool);
        }
        List<Object> functions = new ArrayList<>();
        functions.add(Map.of("field_value_factor", Map.of("field", "boost", "missing", 1)));
        if (!query.promoted().isEmpty()) {
            functions.add(Map.of("filter", products(scope, query.promoted().keySet()), "weight", CAMPAIGN_BOOST));
        }
        return Map.of("function_score", Map.of("query", Map.of("bool", bool), "functions", functions,
                "score_mode", "multiply", "boost_mode", "multiply"));
    }

    /** The scope as a term filter on the tenant: never absent, whatever else the query holds. */
    static Map<String, Object> scopeFilter(SearchScope scope) {
        return switch (scope) {
            case SearchScope.OneTenant(var tenantId) -> term("tenant", Long.toString(tenantId.value()));
            case SearchScope.National(var tenantIds) -> Map.of("terms", Map.of("tenant",
                    tenantIds.stream().map(id -> Long.toString(id.value())).sorted().toList()));
        };
    }

    /** The shards a search needs: its tenants' routing values (every shard for an empty national scope). */
    static String routing(SearchScope scope) {
        Set<TenantId> tenants = switch (scope) {
            case SearchScope.OneTenant(var tenantId) -> Set.of(tenantId);
            case SearchScope.National(var tenantIds) -> tenantIds;
        };
        return String.join(",", tenants.stream().map(id -> Long.toString(id.value())).sorted().toList());
    }

    /** The routing parameter of a request in this scope; none (every shard) for an empty national scope. */
    static Map<String, String> routingOf(SearchScope scope) {
        String routing = routing(scope);
        return routing.isEmpty() ? Map.of() : Map.of("routing", routing);
    }

    /** The text and, inside one tenant, its synonym variants; none for an empty text. */
    static List<String> variants(TenantSynonyms synonyms, SearchScope scope, String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        return scope instanceof SearchScope.OneTenant(var tenantId) ? synonyms.variants(tenantId, text) : List.of(text);
    }

    /** Products by their tenant-qualified keys: an id list never reaches past the scope's one tenant. */
    private static Map<String, Object> products(SearchScope scope, Set<Long> ids) {
        if (!(scope instanceof SearchScope.OneTenant(var tenantId))) {
            return Map.of("bool", Map.of("must_not", List.of(Map.of("match_all", Map.of()))));
        }
        return Map.of("terms", Map.of("key", ids.stream().sorted().map(id -> ProductSources.id(tenantId, id)).toList()));
    }

    /**
     * Recall: every bigram of one variant in "all", every stemmed word in the English title, or its pinyin
     * spelling. Ranking: the variant's bigrams in the title and its words in the segmented title add to the score.
     */
    private static Map<String, Object> text(List<String> variants) {
        List<Object> required = new ArrayList<>();
        List<Object> ranked = new ArrayList<>();
        for (String text : variants) {
            required.add(match("all", text, "and", 1));
            required.add(match("title_en", text, "and", 1));
            Map<String, Object> spelled = spelled(text);
            if (spelled != null) {
                required.add(spelled);
            }
            ranked.add(match("title", text, "or", 3));
            ranked.add(match("title_words", text, "or", 2));
        }
        return Map.of("bool", Map.of(
                "must", List.of(Map.of("bool", Map.of("should", required, "minimum_should_match", 1))),
                "should", ranked));
    }

    /** As the embedded index's spelled query: syllable pairs of a reading of two or more, or the initials. */
    static Map<String, Object> spelled(String text) {
        List<Object> readings = new ArrayList<>();
        for (List<String> reading : PinyinReading.of(text)) {
            if (reading.size() < 2) {
                continue;
            }
            List<Object> pairs = new ArrayList<>();
            for (int i = 1; i < reading.size(); i++) {
                pairs.add(term("pinyin_pairs", Pinyin.pair(reading.get(i - 1), reading.get(i))));
            }
            readings.add(Map.of("bool", Map.of("filter", pairs)));
        }
        String initials = PinyinReading.initials(text);
        if (initials != null) {
            readings.add(term("initials", initials));
        }
        if (readings.isEmpty()) {
            return null;
        }
        return Map.of("constant_score", Map.of("filter", Map.of("bool", Map.of("should", readings)), "boost", PINYIN_WEIGHT));
    }

    private static Map<String, Object> match(String field, String text, String operator, double boost) {
        return Map.of("match", Map.of(field, Map.of("query", text, "operator", operator, "boost", boost,
                "zero_terms_query", "none")));
    }

    private static Map<String, Object> term(String field, String value) {
        return Map.of("term", Map.of(field, value));
    }

    /** The sort of the contract; the product id breaks every tie, so search_after cursors are stable. */
    static List<Object> sort(SearchSort sort) {
        Map<String, Object> id = Map.of("id", Map.of("order", "desc"));
        return switch (sort) {
            case RELEVANCE -> List.of(Map.of("_score", Map.of("order", "desc")), id);
            case PRICE_ASC -> List.of(Map.of("price", Map.of("order", "asc")), id);
            case PRICE_DESC -> List.of(Map.of("price", Map.of("order", "desc")), id);
            case NEWEST -> List.of(Map.of("created", Map.of("order", "desc")), id);
            case MOQ -> List.of(Map.of("moq", Map.of("order", "asc")), id);
        };
    }

    /**
     * The facet dimensions as terms aggregations. The category facet counts the children of the filtered path
     * (the top level without a filter): its values are every ancestor path, and the include pattern keeps the
     * paths exactly one level below.
     */
    static Map<String, Object> aggregations(SearchQuery query) {
        String below = query.category() == null ? "" : regexLiteral(query.category()) + "/";
        Map<String, Object> aggs = new LinkedHashMap<>();
        aggs.put("category", Map.of("terms", Map.of("field", "category", "size", FACET_TOP, "include", below + "[^/]+")));
        aggs.put("rating", terms("rating_code"));
        aggs.put("verified", terms("verified"));
        aggs.put("capability", terms("capability"));
        aggs.put("priceBand", terms("price_band"));
        return aggs;
    }

    private static Map<String, Object> terms(String field) {
        return Map.of("terms", Map.of("field", field, "size", FACET_TOP));
    }

    /** Every character but letters and digits escaped, so a category path is matched as itself. */
    static String regexLiteral(String text) {
        StringBuilder literal = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (!Character.isLetterOrDigit(cp)) {
                literal.append('\\');
            }
            literal.appendCodePoint(cp);
        });
        return literal.toString();
    }
}
