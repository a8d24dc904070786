package org.beltportal.admin.console.campaign;

import org.beltportal.core.tenant.Tenant;

/** Where the campaign screens of a belt live; the handlers' mappings and the pages' links both read them. */
final class CampaignPaths {

    static final String BASE = "/admin/belts/{slug}/campaigns/";

    private CampaignPaths() {
    }

    static String calendar(Tenant belt) {
        return "/admin/belts/" + belt.slug() + "/campaigns/";
    }

    static String review(Tenant belt) {
        return calendar(belt) + "review";
    }

    static String editor(Tenant belt, long id) {
        return calendar(belt) + id;
    }

    static String create(Tenant belt) {
        return calendar(belt) + "new";
    }
}
