package org.beltportal.admin.console.search;

import org.beltportal.admin.console.BeltScreen;
import org.beltportal.admin.console.ConsoleSection;
import org.beltportal.admin.security.Permission;
import org.beltportal.core.tenant.Tenant;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Search settings in a belt's navigation: anyone who may read the belt sees its synonym sets. */
@Component
@Order(80)
class SearchSettingsScreen extends BeltScreen {

    static final String PATH = "/admin/belts/{slug}/search";

    SearchSettingsScreen() {
        super(PATH, "search.nav", Permission.READ, ConsoleSection.CATALOGUE);
    }

    static String pathOf(Tenant belt) {
        return pathOf(PATH, belt);
    }
}
