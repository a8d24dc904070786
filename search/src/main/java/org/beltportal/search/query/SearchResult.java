package org.beltportal.search.query;

import java.util.List;
import java.util.Map;

/**
 * A page of results as the HTTP contract has it: total matches, the items, facet counts per dimension,
 * and the cursor of the next page (null on the last one).
 */
public record SearchResult(long total, List<SearchItem> items, Map<String, List<FacetCount>> facets, String nextCursor) {

    public record FacetCount(String value, long count) {
    }
}
