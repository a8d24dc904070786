/**
 * Products with tiered wholesale prices, MOQ and unit. The external SKU is unique per tenant, which makes
 * create-or-update by SKU (and so bulk import) idempotent.
 */
package org.beltportal.core.product;
