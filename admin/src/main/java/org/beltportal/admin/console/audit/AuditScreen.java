package org.beltportal.admin.console.audit;

import org.beltportal.admin.console.ConsoleScreen;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.tenant.Tenant;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A belt's audit trail in the navigation: for those holding {@link Permission#AUDIT} there, as the screen's {@code @Grant}. */
@Component
@Order(90)
class AuditScreen implements ConsoleScreen {

    static final String PATH = "/admin/belts/{slug}/audit";

    @Override
    public String labelKey() {
        return "audit.nav";
    }

    @Override
    public String path(Tenant belt) {
        return PATH.replace("{slug}", belt.slug());
    }

    @Override
    public boolean shownTo(PortalUser user, Tenant belt) {
        return user.hasAnyRole(belt.id(), Permission.AUDIT.roles());
    }
}
