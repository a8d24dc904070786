package org.beltportal.admin.console.campaign;

import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.campaign.CampaignActor;
import org.beltportal.core.tenant.Tenant;

/** The workflow's actor for a console user, derived from the grants as the JSON API derives it. */
final class Actors {

    private Actors() {
    }

    static CampaignActor of(PortalUser user, Tenant belt) {
        return new CampaignActor(user.username(), user.hasAnyRole(belt.id(), Permission.CAMPAIGN_APPROVE.roles()));
    }
}
