package org.beltportal.admin.console.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.beltportal.admin.console.BeltScreen;
import org.beltportal.admin.console.ConsoleForms;
import org.beltportal.admin.console.ConsolePages;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.RegionGrant;
import org.beltportal.core.insight.Comparison;
import org.beltportal.core.insight.Dashboard;
import org.beltportal.core.insight.InsightDashboards;
import org.beltportal.core.insight.InsightRange;
import org.beltportal.core.insight.InsightSummary;
import org.beltportal.core.region.Region;
import org.beltportal.core.region.RegionBelts;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantId;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The monthly report for the bureau, a page an official prints to PDF from the browser: a belt's
 * ({@code /admin/belts/{slug}/insight/report?month=2026-11}) or a region's, every belt under it summed
 * ({@code /admin/regions/{code}/insight/report?month=}). The figures against the days just before (as many), the
 * day-by-day charts drawn as SVG on the server, top products, suppliers and queries. The month defaults to the last
 * whole one; a month that does not parse is the page again with the problem at its field (422). Rights as the
 * dashboards: any grant on the belt, or reaching the region node.
 */
@Controller
class MonthlyReportController {

    static final String BELT = InsightScreen.PATH + "/report";
    static final String REGION = "/admin/regions/{code}/insight/report";
    /** A region's days: mainland China keeps one time zone, as the region summary's. */
    static final ZoneId REGION_ZONE = ZoneId.of("Asia/Shanghai");

    private final InsightDashboards dashboards;
    private final RegionBelts regionBelts;
    private final ConsolePages pages;
    private final Clock clock;

    MonthlyReportController(InsightDashboards dashboards, RegionBelts regionBelts, ConsolePages pages, Clock clock) {
        this.dashboards = dashboards;
        this.regionBelts = regionBelts;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping(BELT)
    ModelAndView belt(@Grant(Permission.READ) Tenant belt, @RequestParam(required = false) String month) {
        Map<String, Object> model = new HashMap<>();
        model.put(ConsolePages.BELT, belt);
        model.put("subject", belt.name());
        model.put("path", BeltScreen.pathOf(BELT, belt));
        return report(model, Set.of(belt.id()), belt.zone(), month);
    }

    @GetMapping(REGION)
    ModelAndView region(@RegionGrant Region region, @RequestParam(required = false) String month) {
        Map<String, Object> model = new HashMap<>();
        model.put("subject", region.name());
        model.put("path", REGION.replace("{code}", region.code()));
        model.put("regionLink", "/admin/regions/" + region.code());
        return report(model, Set.copyOf(regionBelts.tenantIdsUnder(region)), REGION_ZONE, month);
    }

    private ModelAndView report(Map<String, Object> model, Set<TenantId> belts, ZoneId zone, String month) {
        model.put("month", month == null ? "" : month.strip());
        model.put("beltCount", belts.size());
        try {
            YearMonth chosen = month(month, LocalDate.now(clock.withZone(zone)));
            model.put("month", chosen.toString());
            if (!belts.isEmpty()) {
                InsightRange range = new InsightRange(chosen.atDay(1), chosen.atEndOfMonth());
                Dashboard dashboard = dashboards.dashboard(belts, zone, range, Comparison.PREVIOUS);
                model.put("dashboard", dashboard);
                model.put("summary", dashboard.summary());
                model.put("charts", charts(dashboard.summary()));
                model.put("days", InsightSheets.days(dashboard.summary()));
                model.put("dayColumns", InsightSheets.DAY_COLUMNS);
            }
            model.put("problems", Map.of());
            return pages.page("insight/report", model);
        } catch (InvalidInputException invalid) {
            model.put("problems", ConsoleForms.problems(invalid));
            return pages.page(HttpStatus.UNPROCESSABLE_CONTENT, "insight/report", model);
        }
    }

    /** The month a parameter names; blank is the last whole month before {@code today}. */
    static YearMonth month(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return YearMonth.from(today).minusMonths(1);
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("month", "must be a month such as 2026-11");
        }
    }

    /** Each daily figure's bars, by the key of its column. */
    private static Map<String, String> charts(InsightSummary summary) {
        Map<String, String> charts = new HashMap<>();
        List<InsightSummary.Day> days = summary.daily();
        charts.put("pageViews", SvgBars.of(days.stream().map(InsightSummary.Day::pageViews).toList()));
        charts.put("searches", SvgBars.of(days.stream().map(InsightSummary.Day::searches).toList()));
        charts.put("zeroResultSearches", SvgBars.of(days.stream().map(InsightSummary.Day::zeroResultSearches).toList()));
        charts.put("inquiries", SvgBars.of(days.stream().map(InsightSummary.Day::inquiries).toList()));
        return charts;
    }
}
