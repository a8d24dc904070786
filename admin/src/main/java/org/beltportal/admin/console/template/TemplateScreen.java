package org.beltportal.admin.console.template;

import org.beltportal.admin.console.ConsoleScreen;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.tenant.Tenant;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The templates screen in a belt's navigation, for those who may change its templates. */
@Component
@Order(80)
class TemplateScreen implements ConsoleScreen {

    static final String PATH = "/admin/belts/{slug}/templates";

    static String pathOf(Tenant belt) {
        return "/admin/belts/" + belt.slug() + "/templates";
    }

    @Override
    public String labelKey() {
        return "templates.nav";
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
