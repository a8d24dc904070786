/**
 * Product persistence: the MyBatis mapper, the rows it reads ({@code ProductRow}, {@code TierRow},
 * {@code SkuId}) and their joining into {@link org.beltportal.core.product.Product}. Only {@code product}
 * uses it; other code goes through its services ({@code ProductService}, {@code CatalogueScan},
 * {@code ProductImporter}).
 */
package org.beltportal.core.product.internal;
