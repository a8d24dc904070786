package org.beltportal.admin.console;

import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.tenant.Tenant;

/**
 * The common kind of {@link ConsoleScreen}: a screen at {@code /admin/belts/{slug}/<name>} shown to the roles of
 * the one {@link Permission} its handlers declare with {@code @Grant}.
 */
public abstract class BeltScreen implements ConsoleScreen {

    private final String labelKey;
    private final String name;
    private final Permission permission;

    protected BeltScreen(String labelKey, String name, Permission permission) {
        this.labelKey = labelKey;
        this.name = name;
        this.permission = permission;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    @Override
    public String path(Tenant belt) {
        return "/admin/belts/" + belt.slug() + "/" + name;
    }

    @Override
    public boolean shownTo(PortalUser user, Tenant belt) {
        return user.hasAnyRole(belt.id(), permission.roles());
    }
}
