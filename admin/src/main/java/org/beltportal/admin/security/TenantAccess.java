package org.beltportal.admin.security;

import org.beltportal.core.system.ForbiddenException;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantService;
import org.springframework.stereotype.Component;

/**
 * The one place admin requests are checked against role grants. Controllers call it first thing with
 * the tenant slug from the path; services then only ever see a tenant the caller may act on.
 */
@Component
public class TenantAccess {

    private final TenantService tenants;

    public TenantAccess(TenantService tenants) {
        this.tenants = tenants;
    }

    /** The tenant named by {@code slug} (404 if none) when {@code user} holds {@code permission} on it, else 403. */
    public Tenant require(PortalUser user, String slug, Permission permission) {
        Tenant tenant = tenants.requireBySlug(slug);
        if (!user.hasAnyRole(tenant.id(), permission.roles())) {
            throw new ForbiddenException(user.username() + " may not " + permission.name().toLowerCase() + " on " + slug);
        }
        return tenant;
    }

    public void requirePlatformAdmin(PortalUser user) {
        if (!user.isPlatformAdmin()) {
            throw new ForbiddenException("only platform admins may do this");
        }
    }

    /** For what users may do to their own account and platform admins to anyone's (revoking tokens). */
    public void requireSelfOrPlatformAdmin(PortalUser user, String username) {
        if (!user.username().equals(username) && !user.isPlatformAdmin()) {
            throw new ForbiddenException("only platform admins may do this to another user");
        }
    }
}
