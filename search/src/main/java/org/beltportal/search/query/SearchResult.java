package org.beltportal.search.query;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A page of results as the HTTP contract has it: total matches, the items, facet counts per dimension,
 * and the cursor of the next page (null on the last one). When the buyer's text found nothing, the
 * search rescues it ({@link SearchRescue}): {@code rescue} says how ({@link Rescue#CORRECTED},
 * {@link Rescue#RELAXED}, {@link Rescue#CATEGORIES}, {@link Rescue#FESTIVALS}; null when the text found
 * something as typed), {@code originalQuery} is the text as typed and {@code correctedQuery} the text
 * searched instead (a correction, or the text without {@code relaxedTerm}); {@code categories} are the
 * nearest categories and {@code festivals} the belt's current festivals, offered when nothing matched.
 */
public record SearchResult(long total, List<SearchItem> items, Map<String, List<FacetCount>> facets, String nextCursor,
                           String rescue, String originalQuery, String correctedQuery, String relaxedTerm,
                           List<FacetCount> categories, List<SearchItem.Campaign> festivals) {

    public record FacetCount(String value, long count) {
    }

    /** The ways a search that found nothing is rescued, in the order they are tried. */
    public static final class Rescue {
        public static final String CORRECTED = "corrected";
        public static final String RELAXED = "relaxed";
        public static final String CATEGORIES = "categories";
        public static final String FESTIVALS = "festivals";

        private Rescue() {
        }
    }

    public SearchResult {
        categories = categories == null ? List.of() : List.copyOf(categories);
        festivals = festivals == null ? List.of() : List.copyOf(festivals);
    }

    /** A result as found, no rescue. */
    public SearchResult(long total, List<SearchItem> items, Map<String, List<FacetCount>> facets, String nextCursor) {
        this(total, items, facets, nextCursor, null, null, null, null, List.of(), List.of());
    }

    /** This result found for {@code searched} instead of {@code typed}. */
    SearchResult rescuedBy(String how, String typed, String searched, String dropped) {
        return new SearchResult(total, items, facets, nextCursor, how, typed, searched, dropped, categories, festivals);
    }

    /** This empty result with the nearest categories offered. */
    SearchResult withCategories(String typed, List<FacetCount> nearest) {
        return new SearchResult(total, items, facets, nextCursor, Rescue.CATEGORIES, typed, null, null, nearest, festivals);
    }

    /**
     * The belt's current festivals offered on a result that found nothing and had no other rescue; the
     * search knows nothing of campaigns, so its callers add them. Any other result is returned as it is.
     */
    public SearchResult orFestivals(String typed, Supplier<List<SearchItem.Campaign>> current) {
        if (total > 0 || rescue != null || typed == null || typed.isBlank()) {
            return this;
        }
        List<SearchItem.Campaign> festivals = current.get();
        return festivals.isEmpty() ? this
                : new SearchResult(total, items, facets, nextCursor, Rescue.FESTIVALS, typed, null, null, categories, festivals);
    }
}
