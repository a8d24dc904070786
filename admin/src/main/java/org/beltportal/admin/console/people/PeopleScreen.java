package org.beltportal.admin.console.people;

import org.beltportal.admin.console.BeltScreen;
import org.beltportal.admin.console.ConsoleSection;
import org.beltportal.admin.security.Permission;
import org.beltportal.core.tenant.Tenant;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A belt's people in the navigation: for those holding {@link Permission#PEOPLE} there, as the screen's {@code @Grant}. */
@Component
@Order(80)
class PeopleScreen extends BeltScreen {

    static final String PATH = "/admin/belts/{slug}/people";

    PeopleScreen() {
        super(PATH, "people.nav", Permission.PEOPLE, ConsoleSection.PEOPLE);
    }

    static String pathOf(Tenant belt) {
        return pathOf(PATH, belt);
    }
}
