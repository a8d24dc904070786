/**
 * The analysis plugin the cluster loads: compiled against the OpenSearch server, which only the cluster carries.
 */
package org.beltportal.search.opensearch.plugin;
