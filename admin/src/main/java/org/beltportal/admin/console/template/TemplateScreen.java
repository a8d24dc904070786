package org.beltportal.admin.console.template;

import org.beltportal.admin.console.BeltScreen;
import org.beltportal.admin.console.ConsoleSection;
import org.beltportal.admin.security.Permission;
import org.beltportal.core.tenant.Tenant;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The templates screen in a belt's navigation, for those who may change its templates. */
@Component
@Order(80)
class TemplateScreen extends BeltScreen {

    static final String PATH = "/admin/belts/{slug}/templates";

    TemplateScreen() {
        super(PATH, "templates.nav", Permission.CONFIGURE, ConsoleSection.SITE);
    }

    static String pathOf(Tenant belt) {
        return pathOf(PATH, belt);
    }
}
