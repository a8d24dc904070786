package org.beltportal.admin.security;

import java.util.List;

import org.beltportal.core.user.Role;

/**
 * What a role may do on its tenant. Platform admins may do everything everywhere; the list says who
 * else may. Reading needs any grant on the tenant.
 */
public enum Permission {
    /** See the tenant's configuration, catalogue and pages. */
    READ(Role.REGION_OPERATOR, Role.CAMPAIGN_MANAGER, Role.EDITOR),
    /** Change names, locale, theme, ICP number and branding. */
    CONFIGURE(Role.REGION_OPERATOR),
    /** Categories, suppliers and products, and the status of buyers' inquiries about them. */
    CATALOG(Role.REGION_OPERATOR, Role.EDITOR),
    /** News and pages. */
    CONTENT(Role.REGION_OPERATOR, Role.EDITOR),
    /** Create and edit campaigns, submit them for review, archive those that never reached buyers. */
    CAMPAIGN_EDIT(Role.REGION_OPERATOR, Role.CAMPAIGN_MANAGER),
    /** Approve or reject submitted campaigns (never one's own submission) and archive approved ones. */
    CAMPAIGN_APPROVE(Role.REGION_OPERATOR),
    /** The tenant's audit trail. */
    AUDIT(Role.REGION_OPERATOR),
    /**
     * Invite the tenant's editors and campaign managers and change their roles there; what each caller may
     * grant is decided by {@code BeltPeople} (decision 0037).
     */
    PEOPLE(Role.REGION_OPERATOR),
    /** Create tenants, suspend them, change their hosts, manage users: platform admins only. */
    PLATFORM();

    private final List<Role> roles;

    Permission(Role... roles) {
        this.roles = List.of(roles);
    }

    public List<Role> roles() {
        return roles;
    }
}
