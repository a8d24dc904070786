/**
 * Supplier persistence: the MyBatis mapper and its write carrier. Only {@code supplier} uses it; other
 * code, products included, goes through {@link org.beltportal.core.supplier.SupplierService}.
 */
package org.beltportal.core.supplier.internal;
