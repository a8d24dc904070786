package org.beltportal.admin.insight;

import java.time.ZoneId;
import java.util.Set;

import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.RegionGrant;
import org.beltportal.core.insight.InsightDashboards;
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
    static final ZoneId REGION_ZONE = InsightDashboards.ZONE;

    private final InsightSummaries summaries;
    private final RegionBelts belts;

    public InsightController(InsightSummaries summaries, RegionBelts belts) {
        this.summaries = summaries;
        this.belts = belts;
    }

    @GetMapping("/admin/api/v1/tenants/{slug}/insight/summary")
    InsightSummary summary(@Grant(Permission.READ) Tenant tenant, @RequestParam(required = false) String from,
                           @RequestParam(required = false) String to) {
        return summaries.summary(Set.of(tenant.id()), tenant.zone(), InsightRange.parse(from, to, tenant.zone()));
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
