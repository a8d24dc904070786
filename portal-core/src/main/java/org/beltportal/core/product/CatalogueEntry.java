package org.beltportal.core.product;

import org.beltportal.core.supplier.Supplier;

/** A product with its supplier, of the same tenant, as a pass over the whole catalogue reads them. */
public record CatalogueEntry(Product product, Supplier supplier) {
}
