package org.beltportal.core.campaign;

import org.beltportal.core.tenant.TenantId;

/** Published with every campaign write, so caches of what buyers see (schedule, pages) drop the tenant's entries. */
public record CampaignChanged(TenantId tenantId, long campaignId) {
}
