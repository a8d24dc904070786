package org.beltportal.admin.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.beltportal.core.insight.InsightDashboard;
import org.beltportal.core.insight.InsightRankings;
import org.beltportal.core.insight.InsightRange;
import org.beltportal.core.insight.RankMetric;
import org.beltportal.core.region.Region;
import org.beltportal.core.region.RegionBelts;
import org.beltportal.core.system.FieldProblem;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.TenantService;
import org.springframework.stereotype.Component;

/**
 * The dashboards of a region (every belt under its node, at any depth) and of the platform (every belt), from the
 * request's parameters: {@code from} and {@code to} as ISO China days (default the last 30), {@code metric} to rank
 * by (default page views). Bad parameters throw the field problems; rights are the caller's to check.
 */
@Component
public class RegionDashboards {

    private final InsightRankings dashboards;
    private final RegionBelts regionBelts;
    private final TenantService tenants;

    RegionDashboards(InsightRankings dashboards, RegionBelts regionBelts, TenantService tenants) {
        this.dashboards = dashboards;
        this.regionBelts = regionBelts;
        this.tenants = tenants;
    }

    public RegionDashboardView region(Region region, String from, String to, String metric) {
        List<TenantId> ids = regionBelts.tenantIdsUnder(region);
        return of(ids.isEmpty() ? List.of() : tenants.byIds(ids), from, to, metric, dashboards::of);
    }

    public RegionDashboardView platform(String from, String to, String metric) {
        return of(tenants.all(), from, to, metric, dashboards::platform);
    }

    private RegionDashboardView of(List<Tenant> belts, String from, String to, String metric, Dashboard dashboard) {
        List<FieldProblem> problems = new ArrayList<>();
        RankMetric rankedBy = read(() -> RankMetric.parse(metric), problems);
        InsightRange range = read(() -> InsightRange.parse(from, to, InsightRankings.ZONE), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return RegionDashboardView.of(dashboard.of(belts.stream().map(Tenant::id).toList(), range, rankedBy), belts);
    }

    /** How the set's dashboard is read: a region's, or the platform's with its own trend. */
    private interface Dashboard {
        InsightDashboard of(List<TenantId> belts, InsightRange range, RankMetric rankedBy);
    }

    /** Reads one parameter, keeping its problems so that every bad parameter is named at once. */
    private static <T> T read(Supplier<T> parse, List<FieldProblem> problems) {
        try {
            return parse.get();
        } catch (InvalidInputException invalid) {
            problems.addAll(invalid.problems());
            return null;
        }
    }
}
