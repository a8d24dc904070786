package org.beltportal.admin.console.branding;

import org.beltportal.admin.console.ConsoleScreen;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.tenant.Tenant;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The branding editor in a belt's navigation, for those who may configure the belt. */
@Component
@Order(80)
class BrandingScreen implements ConsoleScreen {

    static final String PATH = "/admin/belts/{slug}/branding";

    static String pathOf(Tenant belt) {
        return "/admin/belts/" + belt.slug() + "/branding";
    }

    @Override
    public String labelKey() {
        return "nav.branding";
    }

    @Override
    public String path(Tenant belt) {
        return pathOf(belt);
    }

    @Override
    public boolean shownTo(PortalUser user, Tenant belt) {
        return user.hasAnyRole(belt.id(), Permission.CONFIGURE.roles());
    }
}
