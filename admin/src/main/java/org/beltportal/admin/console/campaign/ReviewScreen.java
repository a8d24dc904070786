package org.beltportal.admin.console.campaign;

import org.beltportal.admin.console.ConsoleScreen;
import org.beltportal.admin.console.ConsoleSection;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.tenant.Tenant;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The review queue in the belt's navigation: only for those who may approve, as its handlers' {@code @Grant}. */
@Component
@Order(41)
class ReviewScreen implements ConsoleScreen {

    @Override
    public String labelKey() {
        return "review.nav";
    }

    @Override
    public String path(Tenant belt) {
        return CampaignPaths.review(belt);
    }

    @Override
    public ConsoleSection section() {
        return ConsoleSection.CAMPAIGNS;
    }

    @Override
    public boolean shownTo(PortalUser user, Tenant belt) {
        return user.hasAnyRole(belt.id(), Permission.CAMPAIGN_APPROVE.roles());
    }
}
