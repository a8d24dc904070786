package org.beltportal.core.region;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.beltportal.core.campaign.ActiveCampaigns;
import org.beltportal.core.region.internal.BeltFigureMapper;
import org.beltportal.core.region.internal.RegionMapper;
import org.beltportal.core.system.LikePatterns;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.system.ResultPage;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantId;
import org.springframework.stereotype.Service;

/**
 * The belts under a region node, at any depth: their ids (what rights, national search and region summaries are
 * restricted to), a searchable page of them, and their key figures. Callers have checked that the caller may see
 * the node.
 */
@Service
public class RegionBelts {

    static final Duration INQUIRY_WINDOW = Duration.ofDays(30);

    private final Regions regions;
    private final RegionMapper mapper;
    private final BeltFigureMapper figures;
    private final ActiveCampaigns campaigns;
    private final Clock clock;

    RegionBelts(Regions regions, RegionMapper mapper, BeltFigureMapper figures, ActiveCampaigns campaigns, Clock clock) {
        this.regions = regions;
        this.mapper = mapper;
        this.figures = figures;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    /** Ids of every belt under the node {@code code} (404 for an unknown code), whatever their status. */
    public List<TenantId> tenantIdsUnder(String code) {
        return tenantIdsUnder(regions.require(code));
    }

    public List<TenantId> tenantIdsUnder(Region region) {
        return mapper.findTenantIdsUnder(region.path());
    }

    /** A page of the belts under the node, by slug, whose name, English name or slug contains {@code text}. */
    public ResultPage<Tenant> page(Region region, String text, PageQuery query) {
        String pattern = LikePatterns.containing(text);
        return ResultPage.of(mapper.searchBelts(region.path(), pattern, query.offset(), query.size()),
                mapper.countBelts(region.path(), pattern), query);
    }

    /** Key figures of each belt, in the order given. */
    public Map<TenantId, BeltFigures> figuresOf(List<Tenant> belts) {
        Instant now = clock.instant();
        Map<TenantId, BeltFigures> all = new LinkedHashMap<>();
        belts.forEach(belt -> all.put(belt.id(), figuresOf(belt.id(), now)));
        return all;
    }

    /**
     * The belt of each product among {@code productIds} that lies on one of {@code belts} (others are left out): how
     * a region's search results, which come from the national index, link to the belt each product is on.
     */
    public Map<Long, TenantId> beltsOfProducts(Collection<Long> productIds, Collection<TenantId> belts) {
        if (productIds.isEmpty() || belts.isEmpty()) {
            return Map.of();
        }
        Map<Long, TenantId> found = new LinkedHashMap<>();
        figures.beltsOf(productIds, belts).forEach(row -> found.put(row.productId(), row.tenantId()));
        return found;
    }

    /** The figures of every belt under the node added up: the region's totals. */
    public BeltFigures totals(Region region) {
        Instant now = clock.instant();
        BeltFigures sum = BeltFigures.NONE;
        for (TenantId id : tenantIdsUnder(region)) {
            sum = sum.plus(figuresOf(id, now));
        }
        return sum;
    }

    /** Counts from the database; campaigns running from their phase now (a clock question, not a column). */
    private BeltFigures figuresOf(TenantId id, Instant now) {
        BeltFigures counts = figures.countsOf(id, now.minus(INQUIRY_WINDOW));
        return new BeltFigures(counts.activeProducts(), counts.suppliers(), counts.inquiries30Days(),
                campaigns.shownAt(id, now).size());
    }
}
