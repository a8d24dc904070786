package org.beltportal.admin.console;

import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.tenant.Tenant;

/**
 * A screen of a belt at an address under {@code /admin/belts/{slug}/}, shown to those who hold {@code permission}
 * there: the same rule as its handlers' {@code @Grant}, so its link never leads to a refusal.
 */
public abstract class BeltScreen implements ConsoleScreen {

    private final String path;
    private final String labelKey;
    private final Permission permission;
    private final ConsoleSection section;

    /** {@code path} with {@code {slug}} where the belt's slug goes, listed in {@code section}. */
    protected BeltScreen(String path, String labelKey, Permission permission, ConsoleSection section) {
        this.path = path;
        this.labelKey = labelKey;
        this.permission = permission;
        this.section = section;
    }

    @Override
    public ConsoleSection section() {
        return section;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    @Override
    public String path(Tenant belt) {
        return pathOf(path, belt);
    }

    /** {@code path} for {@code belt}: its slug in place of {@code {slug}}. */
    public static String pathOf(String path, Tenant belt) {
        return path.replace("{slug}", belt.slug());
    }

    @Override
    public boolean shownTo(PortalUser user, Tenant belt) {
        return user.hasAnyRole(belt.id(), permission.roles());
    }
}
