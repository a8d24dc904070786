package org.beltportal.admin.console.pages;

import org.beltportal.admin.console.BeltScreen;
import org.beltportal.admin.console.ConsoleSection;
import org.beltportal.admin.security.Permission;
import org.beltportal.core.tenant.Tenant;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** News and pages in a belt's navigation, for those who may edit content. */
@Component
@Order(70)
class PagesScreen extends BeltScreen {

    static final String PATH = "/admin/belts/{slug}/pages";

    PagesScreen() {
        super("/admin/belts/{slug}/pages", "nav.pages", Permission.CONTENT, ConsoleSection.SITE);
    }

    static String pathOf(Tenant belt) {
        return "/admin/belts/" + belt.slug() + "/pages";
    }
}
