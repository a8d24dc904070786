package org.beltportal.admin.security;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Stream;

import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.user.Role;
import org.beltportal.core.user.RoleGrant;
import org.beltportal.core.user.User;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The authenticated caller: the principal of every admin request. A console session keeps it between
 * requests, but only {@code id} and {@code credentialStamp} are trusted from there: every request reads the
 * user and grants again (see {@link CheckedSessionRepository}), the belts under its regional grants included.
 * {@code regionBelts} are those belts: on each, a regional admin has the rights of a region operator
 * (decision 0040). Its name is the username: what Spring Session indexes a stored session by (decision 0044),
 * where the record's whole text would not fit.
 */
public record PortalUser(long id, String username, List<RoleGrant> grants, String credentialStamp,
                         List<TenantId> regionBelts) implements Serializable, AuthenticatedPrincipal {

    public PortalUser {
        grants = grants == null ? List.of() : List.copyOf(grants);
        regionBelts = regionBelts == null ? List.of() : List.copyOf(regionBelts);
    }

    /** A caller without regional grants. */
    public PortalUser(long id, String username, List<RoleGrant> grants, String credentialStamp) {
        this(id, username, grants, credentialStamp, List.of());
    }

    public static PortalUser of(User user) {
        return new PortalUser(user.id(), user.username(), user.grants(), user.credentialStamp(), user.regionBelts());
    }

    @Override
    public String getName() {
        return username;
    }

    public boolean isPlatformAdmin() {
        return grants.stream().anyMatch(grant -> grant.role() == Role.PLATFORM_ADMIN);
    }

    /** Whether the caller holds regional_admin on some node. */
    public boolean isRegionalAdmin() {
        return grants.stream().anyMatch(grant -> grant.role() == Role.REGIONAL_ADMIN);
    }

    /** Codes of the nodes the caller holds regional_admin on. */
    public List<String> regionCodes() {
        return grants.stream().filter(grant -> grant.role() == Role.REGIONAL_ADMIN).map(RoleGrant::regionCode).distinct().toList();
    }

    public boolean hasAnyRole(TenantId tenantId, List<Role> roles) {
        return isPlatformAdmin()
                || grants.stream().anyMatch(grant -> tenantId.equals(grant.tenantId()) && roles.contains(grant.role()))
                || roles.contains(Role.REGION_OPERATOR) && regionBelts.contains(tenantId);
    }

    /** The belts the caller holds a grant on, directly or through a region. */
    public List<TenantId> grantedTenants() {
        return Stream.concat(grants.stream().map(RoleGrant::tenantId).filter(id -> id != null), regionBelts.stream())
                .distinct().toList();
    }
}
