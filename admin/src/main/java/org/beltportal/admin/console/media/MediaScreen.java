package org.beltportal.admin.console.media;

import org.beltportal.admin.console.BeltScreen;
import org.beltportal.admin.console.ConsoleSection;
import org.beltportal.admin.security.Permission;
import org.beltportal.core.tenant.Tenant;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The media library in a belt's navigation: anyone who may read the belt sees its images. */
@Component
@Order(40)
class MediaScreen extends BeltScreen {

    static final String PATH = "/admin/belts/{slug}/media";

    MediaScreen() {
        super(PATH, "media.nav", Permission.READ, ConsoleSection.CATALOGUE);
    }

    static String pathOf(Tenant belt) {
        return pathOf(PATH, belt);
    }
}
