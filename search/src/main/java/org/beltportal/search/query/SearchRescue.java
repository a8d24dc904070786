package org.beltportal.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.beltportal.search.analysis.Words;

/**
 * No dead ends: a one-belt search whose text found nothing is rescued, in this order, by a correction
 * ({@link QueryCorrector}), by leaving out its least important term, or by the categories nearest to
 * its words; callers add the belt's festivals when none of these applies
 * ({@link SearchResult#orFestivals}). Only a search that found nothing pays for any of it. The same rescue on
 * either backend: each answers the few questions of {@link Backend} from its own index.
 */
public final class SearchRescue {

    /** At most this many terms are tried one by one for leaving out. */
    static final int MAX_RELAXED_TERMS = 6;
    static final int NEAREST_CATEGORIES = 5;
    /** The best-matching products whose categories are counted for the nearest ones. */
    static final int CATEGORY_SAMPLE = 100;

    /** What a backend answers for the rescue, always inside the search's scope. */
    public interface Backend {

        /** The search itself, unrescued. */
        SearchResult search(SearchScope scope, SearchQuery query);

        /** How many products the query finds. */
        long count(SearchScope scope, SearchQuery query);

        /** Runs a correction against the words of the index as it is now (one view of it throughout). */
        <T> T withVocabulary(SearchScope scope, Function<Vocabulary, T> correction);

        /**
         * The categories of the {@code sample} products that best match any part of the text (a bigram of it in
         * the recall field, or its pinyin spelling), best first; null for a product without one.
         */
        List<String> categoriesMatchingAnyPart(SearchScope scope, String text, int sample);
    }

    private final Backend backend;

    public SearchRescue(Backend backend) {
        this.backend = backend;
    }

    /** The search's results, or inside one belt, when a first page of text found nothing, their rescue. */
    public SearchResult search(SearchScope scope, SearchQuery query) {
        SearchResult found = backend.search(scope, query);
        boolean rescuable = found.total() == 0 && !query.text().isEmpty() && query.cursor() == null
                && scope instanceof SearchScope.OneTenant;
        return rescuable ? rescue(scope, query, found) : found;
    }

    private SearchResult rescue(SearchScope scope, SearchQuery query, SearchResult none) {
        String typed = query.text();
        if (!query.exact()) {
            QueryCorrector.Correction correction = backend.withVocabulary(scope, vocabulary -> {
                try {
                    return QueryCorrector.correct(vocabulary, typed, text -> backend.count(scope, query.withText(text)) > 0);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (correction.text() != null) {
                return backend.search(scope, query.withText(correction.text()))
                        .rescuedBy(SearchResult.Rescue.CORRECTED, typed, correction.text(), null);
            }
        }
        SearchResult relaxed = relaxed(scope, query);
        if (relaxed != null) {
            return relaxed;
        }
        List<SearchResult.FacetCount> nearest = nearestCategories(scope, typed);
        return nearest.isEmpty() ? none : none.withCategories(typed, nearest);
    }

    /**
     * The text without one term. Of the terms whose absence finds something, the one left out is the one
     * whose remaining text finds the fewest products: the narrowest search that finds anything keeps most of
     * what the buyer asked for (a term the belt does not know at all is always a candidate).
     */
    private SearchResult relaxed(SearchScope scope, SearchQuery query) {
        List<String> terms = terms(query.text());
        if (terms.size() < 2) {
            return null;
        }
        String bestRest = null;
        String dropped = null;
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < Math.min(terms.size(), MAX_RELAXED_TERMS); i++) {
            List<String> rest = new ArrayList<>(terms);
            String term = rest.remove(i);
            String text = String.join(" ", rest);
            long found = backend.count(scope, query.withText(text));
            if (found > 0 && found < fewest) {
                fewest = found;
                bestRest = text;
                dropped = term;
            }
        }
        if (bestRest == null) {
            return null;
        }
        return backend.search(scope, query.withText(bestRest))
                .rescuedBy(SearchResult.Rescue.RELAXED, query.text(), bestRest, dropped);
    }

    /**
     * The words typed: split at spaces, or, for one unspaced run, as the segmenter cuts it (红色连衣裙 → 红色,
     * 连衣裙), with single characters it could not place kept together (女童连衣群 → 女童, 连衣群: a slip the
     * segmenter cuts into 连, 衣, 群 is still one term).
     */
    static List<String> terms(String text) {
        String[] spaced = text.strip().split("\\s+");
        if (spaced.length > 1) {
            return List.copyOf(new LinkedHashSet<>(List.of(spaced)));
        }
        List<String> terms = new ArrayList<>();
        StringBuilder singles = new StringBuilder();
        for (String word : Words.of(text)) {
            if (word.length() == 1) {
                singles.append(word);
                continue;
            }
            if (!singles.isEmpty()) {
                terms.add(singles.toString());
                singles.setLength(0);
            }
            terms.add(word);
        }
        if (!singles.isEmpty()) {
            terms.add(singles.toString());
        }
        return List.copyOf(new LinkedHashSet<>(terms));
    }

    /**
     * The categories of the belt's products that share any part of the text (a bigram, or the pinyin
     * spelling), counted over the best-matching ones, most frequent first.
     */
    private List<SearchResult.FacetCount> nearestCategories(SearchScope scope, String text) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String category : backend.categoriesMatchingAnyPart(scope, text, CATEGORY_SAMPLE)) {
            if (category != null) {
                counts.merge(category, 1L, Long::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(NEAREST_CATEGORIES)
                .map(e -> new SearchResult.FacetCount(e.getKey(), e.getValue())).toList();
    }
}
