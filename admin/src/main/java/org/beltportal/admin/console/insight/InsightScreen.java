package org.beltportal.admin.console.insight;

import org.beltportal.admin.console.BeltScreen;
import org.beltportal.admin.console.ConsoleSection;
import org.beltportal.admin.security.Permission;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A belt's insight in the navigation: for anyone with a grant there, as the screen's {@code @Grant(READ)}. */
@Component
@Order(15)
class InsightScreen extends BeltScreen {

    static final String PATH = "/admin/belts/{slug}/insight";

    InsightScreen() {
        super(PATH, "insight.nav", Permission.READ, ConsoleSection.BUYERS);
    }
}
