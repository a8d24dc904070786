package org.beltportal.search.opensearch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.beltportal.core.tenant.TenantId;
import org.beltportal.search.index.IndexedDocuments;
import tools.jackson.databind.JsonNode;

/**
 * The shared index's documents of one belt for the index check: pages of ids and last writes read from doc values
 * (no source), in id order with {@code search_after}, on the belt's own shard.
 */
class OpenSearchDocuments implements IndexedDocuments {

    static final int PAGE = 5000;

    private final OpenSearchClient client;
    private final OpenSearchProductIndex index;

    OpenSearchDocuments(OpenSearchClient client, OpenSearchProductIndex index) {
        this.client = client;
        this.index = index;
    }

    @Override
    public void awaitSearchable() {
        index.refresh();
    }

    @Override
    public void scan(TenantId tenantId, Sink sink) {
        String tenant = Long.toString(tenantId.value());
        List<Object> after = List.of();
        while (true) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("size", PAGE);
            body.put("_source", false);
            body.put("track_total_hits", false);
            body.put("query", Map.of("term", Map.of("tenant", tenant)));
            body.put("docvalue_fields", List.of("id", "updated"));
            body.put("sort", List.of(Map.of("id", "asc")));
            if (!after.isEmpty()) {
                body.put("search_after", after);
            }
            JsonNode hits = client.send("POST", "/" + index.alias() + "/_search", body, Map.of("routing", tenant))
                    .path("hits").path("hits");
            if (hits.isEmpty()) {
                return;
            }
            long last = 0;
            for (JsonNode hit : hits) {
                JsonNode fields = hit.path("fields");
                last = fields.path("id").path(0).asLong();
                JsonNode updated = fields.path("updated").path(0);
                sink.accept(last, updated.isMissingNode() ? NO_VERSION : updated.asLong());
            }
            after = new ArrayList<>(List.of(last));
        }
    }
}
