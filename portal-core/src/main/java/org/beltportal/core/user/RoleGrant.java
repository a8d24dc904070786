package org.beltportal.core.user;

import org.beltportal.core.tenant.TenantId;

/** A role on one tenant; {@code tenantId} is null for platform_admin. */
public record RoleGrant(TenantId tenantId, Role role) {
}
