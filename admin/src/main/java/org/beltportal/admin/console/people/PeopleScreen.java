package org.beltportal.admin.console.people;

import org.beltportal.admin.console.ConsoleScreen;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.tenant.Tenant;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A belt's people in the navigation: for those holding {@link Permission#PEOPLE} there, as the screen's {@code @Grant}. */
@Component
@Order(80)
class PeopleScreen implements ConsoleScreen {

    static final String PATH = "/admin/belts/{slug}/people";

    static String pathOf(Tenant belt) {
        return PATH.replace("{slug}", belt.slug());
    }

    @Override
    public String labelKey() {
        return "people.nav";
    }

    @Override
    public String path(Tenant belt) {
        return pathOf(belt);
    }

    @Override
    public boolean shownTo(PortalUser user, Tenant belt) {
        return user.hasAnyRole(belt.id(), Permission.PEOPLE.roles());
    }
}
