package org.beltportal.admin.security;

import java.io.Serializable;
import java.util.List;

import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.user.Role;
import org.beltportal.core.user.RoleGrant;
import org.beltportal.core.user.User;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The authenticated caller: the principal of every admin request. A console session keeps it between
 * requests, but only {@code id} and {@code credentialStamp} are trusted from there: every request reads the
 * user and grants again (see {@link CheckedSessionRepository}). Its name is the username: what Spring Session
 * indexes a stored session by (decision 0044), where the record's whole text would not fit.
 */
public record PortalUser(long id, String username, List<RoleGrant> grants, String credentialStamp)
        implements Serializable, AuthenticatedPrincipal {

    public static PortalUser of(User user) {
        return new PortalUser(user.id(), user.username(), user.grants(), user.credentialStamp());
    }

    @Override
    public String getName() {
        return username;
    }

    public boolean isPlatformAdmin() {
        return grants.stream().anyMatch(grant -> grant.role() == Role.PLATFORM_ADMIN);
    }

    public boolean hasAnyRole(TenantId tenantId, List<Role> roles) {
        return isPlatformAdmin() || grants.stream()
                .anyMatch(grant -> tenantId.equals(grant.tenantId()) && roles.contains(grant.role()));
    }

    public List<TenantId> grantedTenants() {
        return grants.stream().map(RoleGrant::tenantId).filter(id -> id != null).distinct().toList();
    }
}
