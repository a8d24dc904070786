package org.beltportal.admin.campaign;

import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.campaign.CampaignActor;
import org.beltportal.core.tenant.Tenant;

/** The workflow's actor for a caller: an approver when the caller's grants on the belt let them approve. */
public final class CampaignActors {

    private CampaignActors() {
    }

    /** The same for the JSON API and the console, so both decide who approves alike. */
    public static CampaignActor of(PortalUser user, Tenant tenant) {
        return new CampaignActor(user.username(), user.hasAnyRole(tenant.id(), Permission.CAMPAIGN_APPROVE.roles()));
    }
}
