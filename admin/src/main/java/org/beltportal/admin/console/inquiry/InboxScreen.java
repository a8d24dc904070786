package org.beltportal.admin.console.inquiry;

import org.beltportal.admin.console.ConsoleScreen;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.tenant.Tenant;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The belt's inquiry inbox in the navigation: for everyone who may read the belt, as the list's {@code @Grant}. */
@Component
@Order(20)
class InboxScreen implements ConsoleScreen {

    static final String PATH = "/admin/belts/{slug}/inquiries";

    static String pathOf(Tenant belt) {
        return PATH.replace("{slug}", belt.slug());
    }

    @Override
    public String labelKey() {
        return "inbox.nav";
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
