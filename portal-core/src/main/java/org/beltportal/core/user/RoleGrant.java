package org.beltportal.core.user;

import org.beltportal.core.tenant.TenantId;

/**
 * A role on one tenant; {@code tenantId} is null for platform_admin and regional_admin. {@code regionCode} names
 * the region node of a regional_admin grant and is null for every other role.
 */
public record RoleGrant(TenantId tenantId, Role role, String regionCode) {

    public RoleGrant(TenantId tenantId, Role role) {
        this(tenantId, role, null);
    }
}
