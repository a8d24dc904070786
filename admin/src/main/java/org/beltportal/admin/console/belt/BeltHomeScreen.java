package org.beltportal.admin.console.belt;

import org.beltportal.admin.console.ConsoleScreen;
import org.beltportal.admin.console.ConsoleSection;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.tenant.Tenant;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The belt's home: first in the navigation, open to anyone who may read the belt. */
@Component
@Order(0)
class BeltHomeScreen implements ConsoleScreen {

    static final String PATH_PREFIX = "/admin/belts/";

    static String pathOf(Tenant belt) {
        return PATH_PREFIX + belt.slug() + "/";
    }

    @Override
    public String labelKey() {
        return "nav.home";
    }

    @Override
    public String path(Tenant belt) {
        return pathOf(belt);
    }

    @Override
    public ConsoleSection section() {
        return ConsoleSection.HOME;
    }

    @Override
    public boolean shownTo(PortalUser user, Tenant belt) {
        return user.hasAnyRole(belt.id(), Permission.READ.roles());
    }
}
