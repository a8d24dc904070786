package org.beltportal.admin.console.insight;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.beltportal.admin.console.BeltScreen;
import org.beltportal.admin.console.ConsoleForms;
import org.beltportal.admin.console.ConsolePages;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.core.insight.InsightRange;
import org.beltportal.core.insight.InsightSummaries;
import org.beltportal.core.insight.InsightSummary;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.tenant.Tenant;
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
 * {@code /admin/belts/{slug}/insight?from=&to=}: the belt's figures over a range of its local days (default: the
 * last 30), each as a table, with links from its top queries to the catalogue and to the synonym sets; and
 * {@code .../insight/summary.csv} with the same range. Read with the API's right (any grant on the belt). A range
 * that cannot be read is the page again with the problem at its field (422), or a 400 for the CSV.
 */
@Controller
class InsightConsoleController {

    static final String CSV = InsightScreen.PATH + "/summary.csv";

    private final InsightSummaries summaries;
    private final ConsolePages pages;

    InsightConsoleController(InsightSummaries summaries, ConsolePages pages) {
        this.summaries = summaries;
        this.pages = pages;
    }

    @GetMapping(InsightScreen.PATH)
    ModelAndView summary(@Grant(Permission.READ) Tenant belt, @RequestParam(required = false) String from,
                         @RequestParam(required = false) String to) {
        Map<String, Object> model = new HashMap<>();
        model.put(ConsolePages.BELT, belt);
        model.put("path", BeltScreen.pathOf(InsightScreen.PATH, belt));
        model.put("products", BeltScreen.pathOf("/admin/belts/{slug}/products", belt));
        model.put("synonyms", BeltScreen.pathOf("/admin/belts/{slug}/search", belt));
        model.put("from", from == null ? "" : from.strip());
        model.put("to", to == null ? "" : to.strip());
        try {
            InsightRange range = InsightRange.parse(from, to, belt.zone());
            InsightSummary summary = summaries.summary(Set.of(belt.id()), belt.zone(), range);
            model.put("summary", summary);
            model.put("figures", InsightCsv.figures(summary));
            model.put("days", InsightCsv.days(summary));
            model.put("dayColumns", InsightCsv.DAY_COLUMNS);
            model.put("zeroResultPercent", summary.searches() == 0 ? ""
                    : String.format(Locale.ROOT, "%.1f", 100.0 * summary.zeroResultSearches() / summary.searches()));
            model.put("csv", BeltScreen.pathOf(CSV, belt) + "?" + ConsoleForms.query(
                    new LinkedHashMap<>(Map.of("from", range.from().toString(), "to", range.to().toString()))));
            model.put("problems", Map.of());
            return pages.page("insight/summary", model);
        } catch (InvalidInputException invalid) {
            model.put("problems", ConsoleForms.problems(invalid));
            return pages.page(HttpStatus.UNPROCESSABLE_CONTENT, "insight/summary", model);
        }
    }

    @GetMapping(CSV)
    ResponseEntity<byte[]> csv(@Grant(Permission.READ) Tenant belt, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to) {
        try {
            InsightRange range = InsightRange.parse(from, to, belt.zone());
            InsightSummary summary = summaries.summary(Set.of(belt.id()), belt.zone(), range);
            String name = "insight-" + belt.slug() + "-" + range.from() + "-" + range.to() + ".csv";
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                    .body(InsightCsv.of(summary).getBytes(StandardCharsets.UTF_8));
        } catch (InvalidInputException invalid) {
            return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body(invalid.getMessage().getBytes(StandardCharsets.UTF_8));
        }
    }
}
