package org.beltportal.core.category;

import org.beltportal.core.tenant.TenantId;

/** One node of a tenant's category tree; {@code path} is the full name path from the root. */
public record Category(long id, TenantId tenantId, Long parentId, String name, String path, int position) {
}
