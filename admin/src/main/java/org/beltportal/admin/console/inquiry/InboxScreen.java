package org.beltportal.admin.console.inquiry;

import org.beltportal.admin.console.BeltScreen;
import org.beltportal.admin.console.ConsoleSection;
import org.beltportal.admin.security.Permission;
import org.beltportal.core.tenant.Tenant;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The belt's inquiry inbox in the navigation: for everyone who may read the belt, as the list's {@code @Grant}. */
@Component
@Order(20)
class InboxScreen extends BeltScreen {

    static final String PATH = "/admin/belts/{slug}/inquiries";

    InboxScreen() {
        super(PATH, "inbox.nav", Permission.READ, ConsoleSection.BUYERS);
    }

    static String pathOf(Tenant belt) {
        return pathOf(PATH, belt);
    }
}
