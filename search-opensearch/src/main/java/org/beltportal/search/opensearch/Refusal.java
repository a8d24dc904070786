package org.beltportal.search.opensearch;

import org.beltportal.core.tenant.TenantId;
import tools.jackson.databind.JsonNode;

/**
 * One product document the cluster refused in a bulk request (status 400: the document does not fit the mapping),
 * with the cluster's reason: a dead letter to record, not a failure to retry (decision 0054).
 */
record Refusal(TenantId tenantId, long productId, String reason) {

    /** From a bulk item: its {@code _id} ("tenant:product", {@link ProductSources#id}) and its {@code error}. */
    static Refusal of(JsonNode item) {
        String[] key = item.path("_id").asString("").split(":");
        return new Refusal(new TenantId(Long.parseLong(key[0])), Long.parseLong(key[1]), reason(item.path("error")));
    }

    /** The same product refused by the alias's index and by a fill's is one refusal. */
    Key key() {
        return new Key(tenantId, productId);
    }

    record Key(TenantId tenantId, long productId) {
    }

    /** "type: reason", and what caused it when the cluster says (the field's own parse error). */
    private static String reason(JsonNode error) {
        String reason = error.path("type").asString("") + ": " + error.path("reason").asString("");
        JsonNode cause = error.path("caused_by");
        return cause.isMissingNode() ? reason
                : reason + " (caused by " + cause.path("type").asString("") + ": " + cause.path("reason").asString("") + ")";
    }
}
