package org.beltportal.admin.console.audit;

import org.beltportal.admin.console.BeltScreen;
import org.beltportal.admin.console.ConsoleSection;
import org.beltportal.admin.security.Permission;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A belt's audit trail in the navigation: for those holding {@link Permission#AUDIT} there, as the screen's {@code @Grant}. */
@Component
@Order(90)
class AuditScreen extends BeltScreen {

    static final String PATH = "/admin/belts/{slug}/audit";

    AuditScreen() {
        super(PATH, "audit.nav", Permission.AUDIT, ConsoleSection.PEOPLE);
    }
}
