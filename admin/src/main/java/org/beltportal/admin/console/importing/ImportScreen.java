package org.beltportal.admin.console.importing;

import org.beltportal.admin.console.ConsoleScreen;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.tenant.Tenant;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Imports in a belt's navigation: anyone who may read the belt follows its imports and downloads. */
@Component
@Order(30)
class ImportScreen implements ConsoleScreen {

    static final String PATH = "/admin/belts/{slug}/imports";

    static String pathOf(Tenant belt) {
        return PATH.replace("{slug}", belt.slug());
    }

    @Override
    public String labelKey() {
        return "imports.nav";
    }

    @Override
    public String path(Tenant belt) {
        return pathOf(belt);
    }

    @Override
    public boolean shownTo(PortalUser user, Tenant belt) {
        return user.hasAnyRole(belt.id(), Permission.READ.roles());
    }
}
