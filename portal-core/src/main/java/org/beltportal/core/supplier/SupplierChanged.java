package org.beltportal.core.supplier;

import org.beltportal.core.tenant.TenantId;

/** Published after a supplier is created, updated or deleted; its products' search entries depend on it. */
public record SupplierChanged(TenantId tenantId, long supplierId) {
}
