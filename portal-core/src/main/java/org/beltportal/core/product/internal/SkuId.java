package org.beltportal.core.product.internal;

/** A product's id with its SKU, as an import looks up which SKUs of a batch exist. */
public record SkuId(long id, String sku) {
}
