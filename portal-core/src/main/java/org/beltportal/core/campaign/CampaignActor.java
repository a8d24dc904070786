package org.beltportal.core.campaign;

/**
 * Who acts on a campaign, and whether their role lets them decide (approve, reject, archive what buyers
 * may see). The admin layer derives {@code approver} from the caller's grants on the tenant.
 */
public record CampaignActor(String username, boolean approver) {
}
