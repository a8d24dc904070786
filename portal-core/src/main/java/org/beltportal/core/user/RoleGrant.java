package org.beltportal.core.user;

import java.io.Serializable;

import org.beltportal.core.tenant.TenantId;

/**
 * A role on one tenant; {@code tenantId} is null for platform_admin and regional_admin. {@code regionCode} names
 * the region node of a regional_admin grant and is null for every other role. Serializable: a console session keeps
 * the signed-in user's grants, and sessions are stored in the database (decision 0044).
 */
public record RoleGrant(TenantId tenantId, Role role, String regionCode) implements Serializable {

    public RoleGrant(TenantId tenantId, Role role) {
        this(tenantId, role, null);
    }
}
