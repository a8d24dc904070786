package org.beltportal.core.product;

import org.beltportal.core.tenant.TenantId;

/** Published after a product is created, updated or deleted (then {@code deleted} is true). */
public record ProductChanged(TenantId tenantId, long productId, boolean deleted) {
}
