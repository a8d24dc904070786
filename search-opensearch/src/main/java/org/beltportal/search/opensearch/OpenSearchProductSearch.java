package org.beltportal.search.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.beltportal.search.analysis.RecallAnalyzer;
import org.beltportal.search.query.Cursor;
import org.beltportal.search.query.ProductSearch;
import org.beltportal.search.query.SearchItem;
import org.beltportal.search.query.SearchQuery;
import org.beltportal.search.query.SearchRescue;
import org.beltportal.search.query.SearchResult;
import org.beltportal.search.query.SearchScope;
import org.beltportal.search.query.SearchSort;
import org.beltportal.search.query.TenantSynonyms;
import org.beltportal.search.query.TitleHighlighter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Product search on the shared OpenSearch index, with the results contract of the embedded index: one request
 * returns the page, the exact total and the facet counts, all inside the scope; cursors are the embedded ones'
 * (the last hit's sort values), handed to {@code search_after}; titles are highlighted by the same code from
 * the same analysis of the query.
 */
public class OpenSearchProductSearch implements ProductSearch {

    private final OpenSearchClient client;
    private final OpenSearchProductIndex index;
    private final TenantSynonyms synonyms;
    private final JsonMapper json;
    private final Analyzer queryAnalyzer = RecallAnalyzer.forQueries();
    private final Analyzer titleAnalyzer = RecallAnalyzer.forIndexing();
    private final SearchRescue rescue;

    public OpenSearchProductSearch(OpenSearchClient client, OpenSearchProductIndex index, TenantSynonyms synonyms, JsonMapper json) {
        this.client = client;
        this.index = index;
        this.synonyms = synonyms;
        this.json = json;
        this.rescue = new SearchRescue(new OpenSearchRescue(client, index, synonyms, this::found));
    }

    /**
     * The results; inside one belt, a first page whose text found nothing is rescued as on the embedded index
     * ({@link SearchRescue}): corrected from the belt's words, relaxed, or answered with the nearest categories.
     */
    @Override
    public SearchResult search(SearchScope scope, SearchQuery query) {
        return rescue.search(scope, query);
    }

    private SearchResult found(SearchScope scope, SearchQuery query) {
        // A forged cursor is refused before anything is asked of the cluster.
        Object[] after = Cursor.values(query.cursor(), query.sort());
        List<String> variants = OpenSearchQueries.variants(synonyms, scope, query.text());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", OpenSearchQueries.query(scope, query, variants));
        body.put("sort", OpenSearchQueries.sort(query.sort()));
        body.put("size", query.size());
        body.put("track_total_hits", true);
        body.put("_source", List.of("item"));
        body.put("aggs", OpenSearchQueries.aggregations(query));
        if (after != null) {
            body.put("search_after", after);
        }
        JsonNode response = client.send("POST", "/" + index.alias() + "/_search", body, OpenSearchQueries.routingOf(scope));
        return result(response, query, variants);
    }

    private SearchResult result(JsonNode response, SearchQuery query, List<String> variants) {
        JsonNode hits = response.path("hits").path("hits");
        TitleHighlighter highlighter = TitleHighlighter.ofTerms(titleTerms(variants), titleAnalyzer);
        List<SearchItem> items = new ArrayList<>(hits.size());
        for (JsonNode hit : hits) {
            SearchItem item = json.treeToValue(hit.path("_source").path("item"), SearchItem.class);
            items.add(item.withHighlight(highlighter.highlight(item.title())).withCampaign(query.promoted().get(item.id())));
        }
        String next = null;
        if (hits.size() == query.size()) {
            next = Cursor.encode(query.sort(), sortValues(hits.get(hits.size() - 1).path("sort"), query.sort()));
        }
        long total = response.path("hits").path("total").path("value").asLong();
        return new SearchResult(total, items, facets(response.path("aggregations"), query), next);
    }

    /** The last hit's sort values in the kinds the embedded cursor holds: a Float score, then Longs. */
    private static Object[] sortValues(JsonNode sort, SearchSort order) {
        Object[] values = new Object[sort.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = i == 0 && order == SearchSort.RELEVANCE ? (Object) sort.get(i).floatValue() : (Object) sort.get(i).asLong();
        }
        return values;
    }

    private static Map<String, List<SearchResult.FacetCount>> facets(JsonNode aggregations, SearchQuery query) {
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        for (String dimension : List.of("category", "rating", "verified", "capability", "priceBand")) {
            List<SearchResult.FacetCount> counts = new ArrayList<>();
            for (JsonNode bucket : aggregations.path(dimension).path("buckets")) {
                String value = bucket.path("key").asString();
                if (dimension.equals("category")) {
                    value = value.substring(value.lastIndexOf('/') + 1);
                }
                counts.add(new SearchResult.FacetCount(value, bucket.path("doc_count").asLong()));
            }
            facets.put(dimension, counts);
        }
        return facets;
    }

    /** What the cluster's recall analyser makes of each variant: the terms the title's highlight marks. */
    private Set<String> titleTerms(List<String> variants) {
        Set<String> terms = new HashSet<>();
        for (String variant : variants) {
            try (TokenStream stream = queryAnalyzer.tokenStream("title", variant)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    terms.add(term.toString());
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return terms;
    }
}
