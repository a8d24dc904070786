package org.beltportal.admin.console.region;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.beltportal.admin.console.ConsoleForms;
import org.beltportal.admin.console.ConsolePages;
import org.beltportal.admin.insight.RegionDashboardView;
import org.beltportal.admin.insight.RegionDashboards;
import org.beltportal.admin.security.PlatformAdmin;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.admin.security.RegionGrant;
import org.beltportal.core.insight.RankMetric;
import org.beltportal.core.region.Region;
import org.beltportal.core.system.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The region dashboard ({@code /admin/regions/{code}/insight}, whoever reaches the node) and the platform's
 * ({@code /admin/insight}, platform admins): belts ranked by a chosen figure, totals, the daily trend and the
 * festival calendar density, each a table, over a range of China days; and the ranking as CSV
 * ({@code .../insight/belts.csv}). Each belt links to its own insight screen for the same days. A range or
 * metric that cannot be read is the page again with the problem at its field (422), or a 400 for the CSV.
 */
@Controller
class RegionInsightConsoleController {

    static final String REGION = RegionConsoleController.PATH_PREFIX + "{code}/insight";
    static final String PLATFORM = "/admin/insight";
    static final String CSV = "/belts.csv";
    /** The page lists this many belts of the ranking; the CSV and the API have all. */
    static final int RANKED_ON_PAGE = 100;

    private final RegionDashboards dashboards;
    private final ConsolePages pages;

    RegionInsightConsoleController(RegionDashboards dashboards, ConsolePages pages) {
        this.dashboards = dashboards;
        this.pages = pages;
    }

    @GetMapping(REGION)
    ModelAndView region(@RegionGrant Region region, @RequestParam(required = false) String from,
                        @RequestParam(required = false) String to, @RequestParam(required = false) String metric) {
        Map<String, Object> model = new HashMap<>();
        model.put("region", region);
        return page(model, RegionConsoleController.pathOf(region.code()) + "/insight", from, to, metric,
                () -> dashboards.region(region, from, to, metric));
    }

    @GetMapping(PLATFORM)
    ModelAndView platform(@PlatformAdmin PortalUser caller, @RequestParam(required = false) String from,
                          @RequestParam(required = false) String to, @RequestParam(required = false) String metric) {
        return page(new HashMap<>(), PLATFORM, from, to, metric, () -> dashboards.platform(from, to, metric));
    }

    @GetMapping(REGION + CSV)
    ResponseEntity<byte[]> regionCsv(@RegionGrant Region region, @RequestParam(required = false) String from,
                                     @RequestParam(required = false) String to, @RequestParam(required = false) String metric) {
        return csv("region-" + region.code(), () -> dashboards.region(region, from, to, metric));
    }

    @GetMapping(PLATFORM + CSV)
    ResponseEntity<byte[]> platformCsv(@PlatformAdmin PortalUser caller, @RequestParam(required = false) String from,
                                       @RequestParam(required = false) String to, @RequestParam(required = false) String metric) {
        return csv("platform", () -> dashboards.platform(from, to, metric));
    }

    private ModelAndView page(Map<String, Object> model, String path, String from, String to, String metric,
                              Supplier<RegionDashboardView> dashboard) {
        model.put("path", path);
        model.put("from", from == null ? "" : from.strip());
        model.put("to", to == null ? "" : to.strip());
        model.put("metric", metric == null ? "" : metric.strip());
        model.put("metrics", Arrays.stream(RankMetric.values()).map(RankMetric::code).toList());
        model.put("shown", RANKED_ON_PAGE);
        try {
            RegionDashboardView view = dashboard.get();
            model.put("dashboard", view);
            model.put("metric", view.rankedBy());
            model.put("belts", view.belts().subList(0, Math.min(RANKED_ON_PAGE, view.belts().size())));
            Map<String, String> range = new LinkedHashMap<>();
            range.put("from", view.from().toString());
            range.put("to", view.to().toString());
            model.put("range", ConsoleForms.query(range));
            range.put("metric", view.rankedBy());
            model.put("csv", path + CSV + "?" + ConsoleForms.query(range));
            model.put("problems", Map.of());
            return pages.page("region/insight", model);
        } catch (InvalidInputException invalid) {
            model.put("problems", ConsoleForms.problems(invalid));
            return pages.page(HttpStatus.UNPROCESSABLE_CONTENT, "region/insight", model);
        }
    }

    private static ResponseEntity<byte[]> csv(String name, Supplier<RegionDashboardView> dashboard) {
        try {
            RegionDashboardView view = dashboard.get();
            String file = "insight-" + name + "-" + view.from() + "-" + view.to() + ".csv";
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                    .body(RankingCsv.of(view).getBytes(StandardCharsets.UTF_8));
        } catch (InvalidInputException invalid) {
            return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body(invalid.getMessage().getBytes(StandardCharsets.UTF_8));
        }
    }
}
