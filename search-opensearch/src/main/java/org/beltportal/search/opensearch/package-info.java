/**
 * The OpenSearch adapter of the search port (decision 0045): one shared index behind an alias, documents routed
 * by tenant, the portal's analysers running in the cluster as {@link org.beltportal.search.opensearch.plugin the
 * BeltPortal analysis plugin}. Active only with {@code portal.search.backend=opensearch}.
 */
package org.beltportal.search.opensearch;
