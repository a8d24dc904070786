package org.beltportal.core.product;

import org.beltportal.core.supplier.Supplier;

/**
 * A product with its supplier, of the same tenant, as a pass over the whole catalogue reads them: only
 * what the search index holds, so the product comes without price tiers and images (its lowest price is a
 * column of its row) and the supplier without its description.
 */
public record CatalogueEntry(Product product, Supplier supplier) {
}
