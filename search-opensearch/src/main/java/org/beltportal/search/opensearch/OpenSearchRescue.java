package org.beltportal.search.opensearch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.beltportal.search.query.SearchQuery;
import org.beltportal.search.query.SearchRescue;
import org.beltportal.search.query.SearchResult;
import org.beltportal.search.query.SearchScope;
import org.beltportal.search.query.TenantSynonyms;
import org.beltportal.search.query.Vocabulary;
import tools.jackson.databind.JsonNode;

/** The rescue's questions answered by the cluster, each request inside the one belt the rescue serves. */
final class OpenSearchRescue implements SearchRescue.Backend {

    private final OpenSearchClient client;
    private final OpenSearchProductIndex index;
    private final TenantSynonyms synonyms;
    private final BiFunction<SearchScope, SearchQuery, SearchResult> search;

    OpenSearchRescue(OpenSearchClient client, OpenSearchProductIndex index, TenantSynonyms synonyms,
                     BiFunction<SearchScope, SearchQuery, SearchResult> search) {
        this.client = client;
        this.index = index;
        this.synonyms = synonyms;
        this.search = search;
    }

    @Override
    public SearchResult search(SearchScope scope, SearchQuery query) {
        return search.apply(scope, query);
    }

    @Override
    public long count(SearchScope scope, SearchQuery query) {
        Map<String, Object> body = Map.of("query", OpenSearchQueries.query(scope, query, OpenSearchQueries.variants(synonyms, scope, query.text())));
        return client.send("POST", "/" + index.alias() + "/_count", body, OpenSearchQueries.routingOf(scope)).path("count").asLong();
    }

    @Override
    public <T> T withVocabulary(SearchScope scope, Function<Vocabulary, T> correction) {
        SearchScope.OneTenant belt = (SearchScope.OneTenant) scope;
        return correction.apply(new OpenSearchVocabulary(client, index.alias(), belt.tenantId()));
    }

    @Override
    public List<String> categoriesMatchingAnyPart(SearchScope scope, String text, int sample) {
        List<Object> anyPart = new ArrayList<>();
        anyPart.add(Map.of("match", Map.of("all", Map.of("query", text, "operator", "or", "zero_terms_query", "none"))));
        Map<String, Object> spelled = OpenSearchQueries.spelled(text);
        if (spelled != null) {
            anyPart.add(spelled);
        }
        Map<String, Object> body = Map.of("size", sample, "_source", List.of("item.category"),
                "query", Map.of("bool", Map.of("filter", List.of(OpenSearchQueries.scopeFilter(scope)),
                        "must", List.of(Map.of("bool", Map.of("should", anyPart, "minimum_should_match", 1))))));
        JsonNode hits = client.send("POST", "/" + index.alias() + "/_search", body, OpenSearchQueries.routingOf(scope))
                .path("hits").path("hits");
        List<String> categories = new ArrayList<>(hits.size());
        for (JsonNode hit : hits) {
            JsonNode category = hit.path("_source").path("item").path("category");
            categories.add(category.isString() ? category.asString() : null);
        }
        return categories;
    }
}
