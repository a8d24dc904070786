package org.beltportal.core.product;

/** A product's id with its SKU, as an import looks up which SKUs of a batch exist. */
record SkuId(long id, String sku) {
}
