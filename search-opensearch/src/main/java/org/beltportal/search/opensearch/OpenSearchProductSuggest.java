package org.beltportal.search.opensearch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.beltportal.core.tenant.TenantId;
import org.beltportal.search.query.ProductSuggest;
import org.beltportal.search.query.SearchItem;
import org.beltportal.search.query.SearchQuery;
import org.beltportal.search.query.SearchScope;
import org.beltportal.search.query.Suggestion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Suggestions from the cluster, clause for clause as the embedded index's: letters as a pinyin spelling's start,
 * as initials or as a title word's start; other text as the title's words, all of them; the supplier's trust
 * multiplies the score; distinct titles.
 */
public class OpenSearchProductSuggest implements ProductSuggest {

    private final OpenSearchClient client;
    private final OpenSearchProductIndex index;
    private final JsonMapper json;

    public OpenSearchProductSuggest(OpenSearchClient client, OpenSearchProductIndex index, JsonMapper json) {
        this.client = client;
        this.index = index;
        this.json = json;
    }

    @Override
    public List<Suggestion> suggest(TenantId tenantId, String typed, int max) {
        String text = SearchQuery.clean(typed);
        Map<String, Object> match = match(ProductSuggest.letters(text), text);
        if (match == null) {
            return List.of();
        }
        SearchScope belt = SearchScope.tenant(tenantId);
        Map<String, Object> scored = Map.of("function_score", Map.of(
                "query", Map.of("bool", Map.of("filter", List.of(OpenSearchQueries.scopeFilter(belt)), "must", List.of(match))),
                "functions", List.of(Map.of("field_value_factor", Map.of("field", "boost", "missing", 1))),
                "boost_mode", "multiply"));
        Map<String, Object> body = Map.of("size", CANDIDATES, "_source", List.of("item"), "query", scored);
        JsonNode hits = client.send("POST", "/" + index.alias() + "/_search", body, OpenSearchQueries.routingOf(belt))
                .path("hits").path("hits");
        Set<String> titles = new LinkedHashSet<>();
        List<Suggestion> suggestions = new ArrayList<>();
        for (JsonNode hit : hits) {
            SearchItem item = json.treeToValue(hit.path("_source").path("item"), SearchItem.class);
            if (titles.add(item.title()) && suggestions.size() < Math.min(max, MAX)) {
                suggestions.add(new Suggestion(item.title(), item.id()));
            }
        }
        return suggestions;
    }

    private static Map<String, Object> match(String letters, String text) {
        if (PINYIN.matcher(letters).matches()) {
            return Map.of("bool", Map.of("should", List.of(
                    Map.of("prefix", Map.of("pinyin", letters)),
                    Map.of("term", Map.of("initials", letters)),
                    Map.of("prefix", Map.of("title", letters))), "minimum_should_match", 1));
        }
        return text.isEmpty() ? null
                : Map.of("match", Map.of("title", Map.of("query", text, "operator", "and", "zero_terms_query", "none")));
    }
}
