package org.beltportal.admin.console.pages;

import org.beltportal.admin.console.ConsoleScreen;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.tenant.Tenant;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** News and pages in a belt's navigation, for those who may edit content. */
@Component
@Order(70)
class PagesScreen implements ConsoleScreen {

    static final String PATH = "/admin/belts/{slug}/pages";

    static String pathOf(Tenant belt) {
        return "/admin/belts/" + belt.slug() + "/pages";
    }

    @Override
    public String labelKey() {
        return "nav.pages";
    }

    @Override
    public String path(Tenant belt) {
        return pathOf(belt);
    }

    @Override
    public boolean shownTo(PortalUser user, Tenant belt) {
        return user.hasAnyRole(belt.id(), Permission.CONTENT.roles());
    }
}
