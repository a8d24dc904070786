package org.beltportal.search.api;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.beltportal.core.campaign.ActiveCampaign;
import org.beltportal.core.campaign.ActiveCampaigns;
import org.beltportal.core.campaign.CampaignPhase;
import org.beltportal.core.campaign.CampaignSpec;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.search.query.SearchItem;
import org.springframework.stereotype.Component;

/**
 * The products a tenant's live campaigns feature at an instant, each with the campaign that features it:
 * what callers of the search put in {@code SearchQuery.promoting}, so that the ranking itself needs no
 * notion of campaigns. A product featured by two live campaigns is marked with the one that went live first.
 */
@Component
public class LiveCampaignProducts {

    private final ActiveCampaigns campaigns;

    public LiveCampaignProducts(ActiveCampaigns campaigns) {
        this.campaigns = campaigns;
    }

    public Map<Long, SearchItem.Campaign> at(TenantId tenantId, Instant at) {
        Map<Long, SearchItem.Campaign> featured = new HashMap<>();
        for (ActiveCampaign active : campaigns.at(tenantId, at)) {
            if (active.phase() == CampaignPhase.LIVE) {
                CampaignSpec spec = active.campaign().spec();
                SearchItem.Campaign marker = new SearchItem.Campaign(spec.slug(), spec.name(), spec.nameEn());
                spec.featuredProductIds().forEach(id -> featured.putIfAbsent(id, marker));
            }
        }
        return featured;
    }

    /**
     * The belt's festivals shown at an instant (warming up or live), what a search that found nothing offers
     * last ({@code SearchResult.orFestivals}).
     */
    public List<SearchItem.Campaign> festivals(TenantId tenantId, Instant at) {
        return campaigns.shownAt(tenantId, at).stream()
                .map(active -> new SearchItem.Campaign(active.campaign().spec().slug(), active.campaign().spec().name(),
                        active.campaign().spec().nameEn()))
                .toList();
    }
}
