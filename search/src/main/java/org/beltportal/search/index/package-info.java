/**
 * The one product index shared by all tenants: how a product becomes a document, the writer with its
 * near-real-time searcher and commit policy, and the indexer that keeps it in step with the database.
 */
package org.beltportal.search.index;
