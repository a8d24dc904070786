package org.beltportal.admin.console.campaign;

import org.beltportal.admin.console.ConsoleScreen;
import org.beltportal.admin.console.ConsoleSection;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.tenant.Tenant;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The festival calendar in the belt's navigation: anyone who may read the belt, as its handler's {@code @Grant}. */
@Component
@Order(40)
class CalendarScreen implements ConsoleScreen {

    @Override
    public String labelKey() {
        return "calendar.nav";
    }

    @Override
    public String path(Tenant belt) {
        return CampaignPaths.calendar(belt);
    }

    @Override
    public ConsoleSection section() {
        return ConsoleSection.CAMPAIGNS;
    }

    @Override
    public boolean shownTo(PortalUser user, Tenant belt) {
        return user.hasAnyRole(belt.id(), Permission.READ.roles());
    }
}
