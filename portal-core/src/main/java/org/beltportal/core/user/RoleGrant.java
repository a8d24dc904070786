package org.beltportal.core.user;

import java.io.Serializable;

import org.beltportal.core.tenant.TenantId;

/**
 * A role on one tenant; {@code tenantId} is null for platform_admin. Serializable: a console session keeps the
 * signed-in user's grants, and sessions are stored in the database (decision 0044).
 */
public record RoleGrant(TenantId tenantId, Role role) implements Serializable {
}
