package org.beltportal.admin.console.branding;

import org.beltportal.admin.console.BeltScreen;
import org.beltportal.admin.console.ConsoleSection;
import org.beltportal.admin.security.Permission;
import org.beltportal.core.tenant.Tenant;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The branding editor in a belt's navigation, for those who may configure the belt. */
@Component
@Order(80)
class BrandingScreen extends BeltScreen {

    static final String PATH = "/admin/belts/{slug}/branding";

    BrandingScreen() {
        super("/admin/belts/{slug}/branding", "nav.branding", Permission.CONFIGURE, ConsoleSection.SITE);
    }

    static String pathOf(Tenant belt) {
        return "/admin/belts/" + belt.slug() + "/branding";
    }
}
