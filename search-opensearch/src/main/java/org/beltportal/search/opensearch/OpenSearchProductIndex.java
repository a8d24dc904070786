package org.beltportal.search.opensearch;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.beltportal.core.tenant.TenantId;
import org.beltportal.search.query.SearchBackendProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The shared product index: searches and writes go through one alias; each (re)build creates a new index
 * named after the alias, fills it while the old one keeps answering, moves the alias in one atomic
 * {@code _aliases} call and drops the old index a little later. Every document is routed by its tenant, so one belt lives on one shard.
 * <p>
 * Writes carry the product row's last write time as an external version ({@code external_gte}): a rebuild
 * or a feed that read a row before an edit cannot overwrite the edit's newer copy. A delete carries the
 * version its caller gives (the row's last write when it became inactive, the time of the delete when the row
 * is gone), so a late copy of a removed product is refused while the index remembers the delete
 * ({@code index.gc_deletes}, 60 s), and a late removal never hides a product written again since. During a
 * rebuild every write goes to both indexes.
 */
public class OpenSearchProductIndex {

    private static final Logger log = LoggerFactory.getLogger(OpenSearchProductIndex.class);
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final OpenSearchClient client;
    private final SearchBackendProperties settings;
    private final Clock clock;
    /** Longer than any search takes: searches that resolved the alias before a swap finish on the old index. */
    static final Duration DROP_DELAY = Duration.ofSeconds(30);

    private final AtomicReference<String> filling = new AtomicReference<>();
    private final ScheduledExecutorService drops = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "opensearch-index-drop");
        thread.setDaemon(true);
        return thread;
    });

    public OpenSearchProductIndex(OpenSearchClient client, SearchBackendProperties settings, Clock clock) {
        this.client = client;
        this.settings = settings;
        this.clock = clock;
    }

    public String alias() {
        return settings.opensearchAlias();
    }

    /**
     * Creates an empty index behind the alias when there is none, or when the alias's index was written under
     * another schema version. Returns true when the caller must fill it from the database.
     */
    public boolean ensure() {
        if (client.exists("/" + alias())) {
            JsonNode mapping = client.send("GET", "/" + alias() + "/_mapping", null);
            String schema = mapping.properties().iterator().next().getValue().path("mappings").path("_meta").path("schema").asString("");
            if (schema.equals(ProductIndexSchema.VERSION)) {
                return false;
            }
            log.info("Product index behind {} has schema '{}', this code writes {}: rebuilding", alias(), schema, ProductIndexSchema.VERSION);
            return true;
        }
        String index = newIndex();
        client.send("POST", "/_aliases", Map.of("actions", List.of(Map.of("add", Map.of("index", index, "alias", alias())))));
        log.info("Created product index {} behind alias {}", index, alias());
        return true;
    }

    /** Creates a new, empty index not yet behind the alias; writes go to it as well until {@link #swap}. */
    public String startFill() {
        String index = newIndex();
        if (!filling.compareAndSet(null, index)) {
            client.send("DELETE", "/" + index, null);
            throw new IllegalStateException("a rebuild of the product index is already running into " + filling.get());
        }
        return index;
    }

    /** Whether a rebuild is filling a new index now. */
    public boolean rebuilding() {
        return filling.get() != null;
    }

    /**
     * Moves the alias to the filled index in one atomic step. The old indexes are dropped {@link #DROP_DELAY}
     * later, not in the same step: a search that resolved the alias a moment before the move is still reading
     * them, and deleting an index under it fails that search ("all shards failed").
     */
    public void swap(String index) {
        client.send("POST", "/" + index + "/_refresh", null);
        List<String> old = current().stream().filter(name -> !name.equals(index)).toList();
        List<Object> actions = new ArrayList<>();
        actions.add(Map.of("add", Map.of("index", index, "alias", alias())));
        old.forEach(name -> actions.add(Map.of("remove", Map.of("index", name, "alias", alias()))));
        client.send("POST", "/_aliases", Map.of("actions", actions));
        filling.compareAndSet(index, null);
        log.info("Alias {} moved to {}; {} dropped in {}", alias(), index, old, DROP_DELAY);
        if (!old.isEmpty()) {
            drops.schedule(() -> drop(old), DROP_DELAY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void drop(List<String> indexes) {
        try {
            client.send("DELETE", "/" + String.join(",", indexes), null, Map.of("ignore_unavailable", "true"));
        } catch (RuntimeException e) {
            log.warn("Could not drop the replaced product indexes {}: drop them by hand", indexes, e);
        }
    }

    /** Drops a fill that failed; the alias stays where it was. */
    public void abandon(String index) {
        filling.compareAndSet(index, null);
        client.send("DELETE", "/" + index, null, Map.of("ignore_unavailable", "true"));
    }

    /** The indexes behind the alias now (one, except for a moment inside the atomic swap). */
    List<String> current() {
        if (!client.exists("/" + alias())) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        client.send("GET", "/" + alias() + "/_alias/" + alias(), null).properties().forEach(entry -> names.add(entry.getKey()));
        return names;
    }

    /**
     * Writes these documents and deletes these ids of one tenant in one bulk request, to the alias and to an
     * index being filled; {@code waitUntilSearchable} returns only once a refresh has made them visible. Returns
     * the documents the cluster refused (they do not fit the mapping); any other failure throws, to be retried.
     */
    public List<Refusal> write(TenantId tenantId, Collection<Map<String, Object>> documents, Map<Long, Long> deleted,
                               boolean waitUntilSearchable) {
        List<String> targets = new ArrayList<>(List.of(alias()));
        String fill = filling.get();
        if (fill != null) {
            targets.add(fill);
        }
        Map<Refusal.Key, Refusal> refused = new LinkedHashMap<>();
        for (String target : targets) {
            bulk(target, tenantId, documents, deleted, waitUntilSearchable).forEach(refusal -> refused.put(refusal.key(), refusal));
        }
        return List.copyOf(refused.values());
    }

    /**
     * Documents of any tenants into one named index (a rebuild's fill), in one bulk request, each routed by its
     * own tenant, without waiting for a refresh: a page of the catalogue pass holds many belts' products, and a
     * request per belt would be a round trip per belt. Returns the documents the cluster refused.
     */
    public List<Refusal> fill(String index, Collection<Map<String, Object>> documents) {
        return bulk(index, null, documents, Map.of(), false);
    }

    private List<Refusal> bulk(String index, TenantId tenantId, Collection<Map<String, Object>> documents, Map<Long, Long> deleted,
                               boolean waitUntilSearchable) {
        if (documents.isEmpty() && deleted.isEmpty()) {
            return List.of();
        }
        // Through the alias, a write must find the alias: without it the cluster would create a plain index of that
        // name (a drain before the start's ensure()), and the alias could never be created after it.
        boolean requireAlias = index.equals(alias());
        StringBuilder body = new StringBuilder();
        for (Map<String, Object> document : documents) {
            body.append(json(Map.of("index", Map.of("_index", index, "_id", document.get("key"), "routing", document.get("tenant"),
                    "version", document.get("updated"), "version_type", "external_gte", "require_alias", requireAlias)))).append('\n');
            body.append(json(document)).append('\n');
        }
        deleted.forEach((id, version) -> body.append(json(Map.of("delete", Map.of("_index", index,
                "_id", ProductSources.id(tenantId, id), "routing", Long.toString(tenantId.value()), "version", version, "version_type", "external_gte"))))
                .append('\n'));
        JsonNode response = client.send("POST", "/_bulk", body.toString(),
                waitUntilSearchable ? Map.of("refresh", "wait_for") : Map.of());
        return response.path("errors").asBoolean(false) ? refusals(response) : List.of();
    }

    /**
     * The items a bulk response refused, sorted by what they mean. 409: a newer copy is already there (or the
     * product's delete is); 404 on a delete: deleting what was never indexed; both are fine (404 on a write: no
     * alias yet, thrown below). 400 on a write: this document does
     * not fit the mapping, and sending it again would not help: a refusal for the caller to record. Anything else
     * (429 too busy, 403 a write block such as a full disk, 5xx) says nothing about the document: thrown, so the
     * caller retries the whole write later and nothing is lost.
     */
    private static List<Refusal> refusals(JsonNode response) {
        List<Refusal> refused = new ArrayList<>();
        for (JsonNode item : response.path("items")) {
            Map.Entry<String, JsonNode> action = item.properties().iterator().next();
            JsonNode result = action.getValue();
            int status = result.path("status").asInt(200);
            if (status < 300 || status == 409 || (status == 404 && action.getKey().equals("delete"))) {
                continue;
            }
            if (status == 400 && action.getKey().equals("index")) {
                refused.add(Refusal.of(result));
                continue;
            }
            throw new OpenSearchClient.OpenSearchException("OpenSearch did not take a product document (" + status + "): "
                    + result.path("error"), status, null);
        }
        return refused;
    }

    /** The version of a delete whose row is gone: now, later than any write of the row. */
    public long now() {
        return clock.millis();
    }

    /** One product's document as the alias holds it now (version and source), for diagnostics. */
    public String describe(TenantId tenantId, long productId) {
        try {
            return client.send("GET", "/" + alias() + "/_doc/" + ProductSources.id(tenantId, productId), null,
                    Map.of("routing", Long.toString(tenantId.value()), "_source_includes", "updated")).toString();
        } catch (OpenSearchClient.OpenSearchException e) {
            return e.getMessage();
        }
    }

    /** Makes every write so far visible to searches (tests, and a rebuild before the swap). */
    public void refresh() {
        client.send("POST", "/" + alias() + "/_refresh", null);
    }

    private String newIndex() {
        String name = alias() + "-" + SUFFIX.format(clock.instant());
        client.send("PUT", "/" + name, ProductIndexSchema.body(settings.opensearchShards(), settings.opensearchReplicas()));
        return name;
    }

    private String json(Object value) {
        return client.json().writeValueAsString(value);
    }
}
