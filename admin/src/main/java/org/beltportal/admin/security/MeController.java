package org.beltportal.admin.security;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.user.RoleGrant;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is and what they hold; also where a console login lands. */
@RestController
public class MeController {

    private final TenantService tenants;

    public MeController(TenantService tenants) {
        this.tenants = tenants;
    }

    @GetMapping("/admin/api/v1/me")
    Me me(@AuthenticationPrincipal PortalUser user) {
        List<Tenant> granted = tenants.byIds(user.grantedTenants());
        List<Me.Grant> grants = user.grants().stream().map(grant -> new Me.Grant(slugOf(grant, granted), grant.role().code(), grant.regionCode())).toList();
        return new Me(user.username(), user.isPlatformAdmin(), grants);
    }

    private static String slugOf(RoleGrant grant, List<Tenant> tenants) {
        return grant.tenantId() == null ? null
                : tenants.stream().filter(t -> t.id().equals(grant.tenantId())).map(Tenant::slug).findFirst().orElse(null);
    }

    record Me(String username, boolean platformAdmin, List<Grant> grants) {
        /** {@code region}: the node's code of a regional_admin grant, else null. */
        record Grant(String tenant, String role, @JsonInclude(JsonInclude.Include.NON_NULL) String region) {
        }
    }
}
