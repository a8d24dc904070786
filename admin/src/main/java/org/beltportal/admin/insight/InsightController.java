package org.beltportal.admin.insight;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;

import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.RegionGrant;
import org.beltportal.core.campaign.CampaignService;
import org.beltportal.core.insight.CampaignInsight;
import org.beltportal.core.insight.CampaignReport;
import org.beltportal.core.insight.Comparison;
import org.beltportal.core.insight.Dashboard;
import org.beltportal.core.insight.InsightDashboards;
import org.beltportal.core.insight.InsightRankings;
import org.beltportal.core.insight.InsightRange;
import org.beltportal.core.insight.InsightSummaries;
import org.beltportal.core.insight.InsightSummary;
import org.beltportal.core.region.Region;
import org.beltportal.core.region.RegionBelts;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.web.ApiError;
import org.beltportal.core.tenant.Tenant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /admin/api/v1/tenants/{slug}/insight/summary?from=&to=}: a belt's figures over ISO dates in its own
 * time zone, both included (default: the last 30 days). Anyone with a grant on the belt may read it. The same
 * under {@code regions/{code}/} sums the belts under a node of the region tree, at every depth, for whoever
 * reaches the node (decision 0040), its days in China Standard Time: belts of one region share a clock. Bad dates,
 * {@code from} after {@code to} and ranges over 366 days are 400 naming the parameter: they are a query
 * string, as with the search API's parameters.
 */
@RestController
public class InsightController {

    /** The days of a region's summary: mainland China keeps one time zone. */
    static final ZoneId REGION_ZONE = InsightRankings.ZONE;

    private final InsightSummaries summaries;
    private final InsightDashboards dashboards;
    private final CampaignService campaigns;
    private final CampaignInsight campaignInsight;
    private final RegionBelts belts;
    private final Clock clock;

    public InsightController(InsightSummaries summaries, InsightDashboards dashboards, CampaignService campaigns,
                             CampaignInsight campaignInsight, RegionBelts belts, Clock clock) {
        this.summaries = summaries;
        this.dashboards = dashboards;
        this.campaigns = campaigns;
        this.campaignInsight = campaignInsight;
        this.belts = belts;
        this.clock = clock;
    }

    @GetMapping("/admin/api/v1/tenants/{slug}/insight/summary")
    InsightSummary summary(@Grant(Permission.READ) Tenant tenant, @RequestParam(required = false) String from,
                           @RequestParam(required = false) String to) {
        return summaries.summary(Set.of(tenant.id()), tenant.zone(), InsightRange.parse(from, to, tenant.zone()));
    }

    /** The dashboard: the summary, the comparison range's ({@code compare=previous|year|none}) and the figures beside. */
    @GetMapping("/admin/api/v1/tenants/{slug}/insight/dashboard")
    Dashboard dashboard(@Grant(Permission.READ) Tenant tenant, @RequestParam(required = false) String from,
                        @RequestParam(required = false) String to, @RequestParam(required = false) String compare) {
        InsightRange range = InsightRange.parse(from, to, tenant.zone());
        return dashboards.dashboard(Set.of(tenant.id()), tenant.zone(), range, Comparison.parse(compare));
    }

    /** A campaign's phases against their baselines; another belt's campaign id is a 404. */
    @GetMapping("/admin/api/v1/tenants/{slug}/insight/campaigns/{id}")
    CampaignReport campaign(@Grant(Permission.READ) Tenant tenant, @PathVariable long id) {
        return campaignInsight.report(campaigns.require(tenant.id(), id), clock.instant());
    }

    @GetMapping("/admin/api/v1/regions/{code}/insight/summary")
    InsightSummary regionSummary(@RegionGrant Region region, @RequestParam(required = false) String from,
                                 @RequestParam(required = false) String to) {
        return summaries.summary(Set.copyOf(belts.tenantIdsUnder(region)), REGION_ZONE, InsightRange.parse(from, to, REGION_ZONE));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiError> badRange(InvalidInputException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new ApiError("bad_request", e.getMessage(), e.problems()));
    }
}
