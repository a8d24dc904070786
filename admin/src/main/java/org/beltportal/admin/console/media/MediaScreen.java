package org.beltportal.admin.console.media;

import org.beltportal.admin.console.ConsoleScreen;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.tenant.Tenant;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The media library in a belt's navigation: anyone who may read the belt sees its images. */
@Component
@Order(40)
class MediaScreen implements ConsoleScreen {

    static final String PATH = "/admin/belts/{slug}/media";

    static String pathOf(Tenant belt) {
        return PATH.replace("{slug}", belt.slug());
    }

    @Override
    public String labelKey() {
        return "media.nav";
    }

    @Override
    public String path(Tenant belt) {
        return pathOf(belt);
    }

    @Override
    public boolean shownTo(PortalUser user, Tenant belt) {
        return user.hasAnyRole(belt.id(), Permission.READ.roles());
    }
}
