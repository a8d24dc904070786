package org.beltportal.admin.console.insight;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.beltportal.admin.console.BeltScreen;
import org.beltportal.admin.console.ConsoleForms;
import org.beltportal.admin.console.ConsolePages;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.core.campaign.CampaignService;
import org.beltportal.core.campaign.CampaignStatus;
import org.beltportal.core.insight.Comparison;
import org.beltportal.core.insight.Dashboard;
import org.beltportal.core.insight.InsightDashboards;
import org.beltportal.core.insight.InsightRange;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.tenant.Tenant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /admin/belts/{slug}/insight?from=&to=&compare=}: the belt's dashboard over a range of its local days
 * (default: the last 30) compared with the days before or a year before, each chart beside the table it draws,
 * links from its top queries to the catalogue and to a new synonym set with the query filled in, and from its
 * campaigns to their dashboards; and {@code .../insight/summary.csv} or {@code .xlsx} with the same range. Read
 * with the API's right (any grant on the belt). A range that cannot be read is the page again with the problem at
 * its field and what was typed (422), or a 400 for a download.
 */
@Controller
class InsightConsoleController {

    static final String DOWNLOAD = InsightScreen.PATH + "/summary.{format:csv|xlsx}";
    /** Campaigns looked at for the range's links: the newest approved ones, as many as a page lists. */
    private static final PageQuery CAMPAIGNS = new PageQuery(0, PageQuery.MAX_SIZE);

    private final InsightDashboards dashboards;
    private final CampaignService campaigns;
    private final ConsolePages pages;
    private final JsonMapper json;

    InsightConsoleController(InsightDashboards dashboards, CampaignService campaigns, ConsolePages pages, JsonMapper json) {
        this.dashboards = dashboards;
        this.campaigns = campaigns;
        this.pages = pages;
        this.json = json;
    }

    @GetMapping(InsightScreen.PATH)
    ModelAndView dashboard(@Grant(Permission.READ) Tenant belt, @RequestParam(required = false) String from,
                           @RequestParam(required = false) String to, @RequestParam(required = false) String compare) {
        Map<String, Object> model = new HashMap<>();
        model.put(ConsolePages.BELT, belt);
        model.put("path", BeltScreen.pathOf(InsightScreen.PATH, belt));
        model.put("products", BeltScreen.pathOf("/admin/belts/{slug}/products", belt));
        model.put("newSynonymSet", BeltScreen.pathOf("/admin/belts/{slug}/search", belt));
        model.put("report", BeltScreen.pathOf(MonthlyReportController.BELT, belt));
        model.put("from", from == null ? "" : from.strip());
        model.put("to", to == null ? "" : to.strip());
        model.put("compare", compare == null || compare.isBlank() ? Comparison.PREVIOUS.code() : compare.strip());
        model.put("comparisons", List.of(Comparison.values()).stream().map(Comparison::code).toList());
        try {
            InsightRange range = InsightRange.parse(from, to, belt.zone());
            Comparison comparison = Comparison.parse(compare);
            Dashboard dashboard = dashboards.dashboard(Set.of(belt.id()), belt.zone(), range, comparison);
            model.put("dashboard", dashboard);
            model.put("summary", dashboard.summary());
            model.put("days", InsightSheets.days(dashboard.summary()));
            model.put("dayColumns", InsightSheets.DAY_COLUMNS);
            model.put("inquiryColumns", InsightSheets.inquiryDayColumns(dashboard));
            model.put("charts", InsightCharts.json(dashboard, json));
            model.put("campaigns", campaignLinks(belt, range));
            String query = ConsoleForms.query(new LinkedHashMap<>(Map.of("from", range.from().toString(),
                    "to", range.to().toString(), "compare", comparison.code())));
            String download = BeltScreen.pathOf(InsightScreen.PATH, belt) + "/summary.";
            model.put("csv", download + "csv?" + query);
            model.put("xlsx", download + "xlsx?" + query);
            model.put("problems", Map.of());
            return pages.page("insight/summary", model);
        } catch (InvalidInputException invalid) {
            model.put("problems", ConsoleForms.problems(invalid));
            return pages.page(HttpStatus.UNPROCESSABLE_CONTENT, "insight/summary", model);
        }
    }

    @GetMapping(DOWNLOAD)
    ResponseEntity<byte[]> download(@Grant(Permission.READ) Tenant belt, @PathVariable String format,
                                    @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                    @RequestParam(required = false) String compare) {
        try {
            InsightRange range = InsightRange.parse(from, to, belt.zone());
            Dashboard dashboard = dashboards.dashboard(Set.of(belt.id()), belt.zone(), range, Comparison.parse(compare));
            String name = "insight-" + belt.slug() + "-" + range.from() + "-" + range.to();
            return InsightSheets.download(InsightSheets.dashboard(dashboard), name, format, "insight");
        } catch (InvalidInputException invalid) {
            return InsightDownloads.refused(invalid);
        }
    }

    /** The belt's approved campaigns with an occurrence in the range, newest first, as name and dashboard path. */
    private List<Map<String, String>> campaignLinks(Tenant belt, InsightRange range) {
        var start = range.from().atStartOfDay(belt.zone()).toInstant();
        var end = range.to().plusDays(1).atStartOfDay(belt.zone()).toInstant();
        return campaigns.page(belt.id(), List.of(CampaignStatus.APPROVED), CAMPAIGNS).items().stream()
                .filter(campaign -> !campaign.timing().between(start, end).isEmpty())
                .map(campaign -> Map.of("name", campaign.spec().name(),
                        "href", BeltScreen.pathOf(CampaignInsightController.PATH, belt).replace("{id}", Long.toString(campaign.id()))))
                .toList();
    }
}
