/**
 * Searching products: the {@link org.beltportal.search.query.ProductSearch} interface (a later adapter can
 * put it on OpenSearch), the scope every call must name, filters, facets, sorts, highlighting and cursors.
 */
package org.beltportal.search.query;
