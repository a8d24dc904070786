package org.beltportal.search.query;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which adapter answers {@link ProductSearch} (decision 0045). The OpenSearch settings are read only when
 * {@code backend} is {@code opensearch}, and only where the search-opensearch module is on the class path.
 *
 * @param backend {@code embedded}: the Lucene index in each node's data directory; {@code opensearch}: one shared
 *        index in an OpenSearch 3.8 cluster carrying the BeltPortal analysis plugin
 * @param opensearchUrls the cluster's HTTP addresses, comma-separated; the client spreads requests over them
 * @param opensearchAlias the alias searches and writes go through; each rebuild creates an index named after it
 *        with a time suffix and moves the alias to it
 * @param opensearchShards primary shards of a new index; documents are routed by tenant, so one belt's search
 *        asks one shard
 * @param opensearchReplicas replicas of each shard (0 on a single node, 1 or more in a cluster)
 */
@ConfigurationProperties("portal.search")
public record SearchBackendProperties(
        @DefaultValue("embedded") String backend,
        @DefaultValue("http://127.0.0.1:9200") List<URI> opensearchUrls,
        @DefaultValue("beltportal-products") String opensearchAlias,
        @DefaultValue("1") int opensearchShards,
        @DefaultValue("0") int opensearchReplicas) {

    public SearchBackendProperties {
        if (!backend.equals("embedded") && !backend.equals("opensearch")) {
            throw new IllegalArgumentException("portal.search.backend must be embedded or opensearch, not " + backend);
        }
        if (opensearchShards < 1 || opensearchReplicas < 0) {
            throw new IllegalArgumentException("portal.search.opensearch-shards must be at least 1 and replicas at least 0");
        }
        if (!opensearchAlias.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException("portal.search.opensearch-alias must be lowercase letters, digits, - and _");
        }
        opensearchUrls = List.copyOf(opensearchUrls);
    }
}
