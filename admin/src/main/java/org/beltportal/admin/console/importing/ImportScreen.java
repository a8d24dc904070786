package org.beltportal.admin.console.importing;

import org.beltportal.admin.console.BeltScreen;
import org.beltportal.admin.console.ConsoleSection;
import org.beltportal.admin.security.Permission;
import org.beltportal.core.tenant.Tenant;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Imports in a belt's navigation: anyone who may read the belt follows its imports and downloads. */
@Component
@Order(30)
class ImportScreen extends BeltScreen {

    static final String PATH = "/admin/belts/{slug}/imports";

    ImportScreen() {
        super(PATH, "imports.nav", Permission.READ, ConsoleSection.CATALOGUE);
    }

    static String pathOf(Tenant belt) {
        return pathOf(PATH, belt);
    }
}
