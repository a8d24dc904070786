/**
 * Product search over one shared Lucene index with the tenant as a mandatory filter. Analysis, queries,
 * facets, suggestions and index rebuilds arrive with the search issue; the module boundary exists now so
 * that dependencies already point the right way (tenant-themes and admin use search, search uses core).
 */
package org.beltportal.search;
