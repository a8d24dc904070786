package org.beltportal.admin.insight;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.beltportal.core.campaign.FestivalWeeks;
import org.beltportal.core.insight.InsightDashboard;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantId;

/**
 * A region's or the platform's dashboard as the API and the console show it: {@link InsightDashboard} with each
 * belt named (slug, names, region code) instead of its id.
 */
public record RegionDashboardView(LocalDate from, LocalDate to, String timeZone, String rankedBy,
                                  InsightDashboard.Figures totals, List<Belt> belts, List<InsightDashboard.Day> daily,
                                  List<FestivalWeeks.Week> festivalWeeks) {

    public record Belt(int rank, String slug, String name, String nameEn, String regionCode, InsightDashboard.Figures figures) {
    }

    static RegionDashboardView of(InsightDashboard dashboard, List<Tenant> tenants) {
        Map<TenantId, Tenant> byId = tenants.stream().collect(Collectors.toMap(Tenant::id, Function.identity()));
        List<Belt> belts = dashboard.belts().stream().map(row -> {
            Tenant belt = byId.get(row.tenantId());
            return new Belt(row.rank(), belt.slug(), belt.name(), belt.nameEn(), belt.regionCode(), row.figures());
        }).toList();
        return new RegionDashboardView(dashboard.from(), dashboard.to(), dashboard.timeZone(), dashboard.rankedBy(),
                dashboard.totals(), belts, dashboard.daily(), dashboard.festivalWeeks());
    }
}
