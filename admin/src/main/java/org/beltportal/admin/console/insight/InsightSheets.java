package org.beltportal.admin.console.insight;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.beltportal.admin.importing.SheetWriter;
import org.beltportal.core.insight.CampaignReport;
import org.beltportal.core.insight.Dashboard;
import org.beltportal.core.insight.InsightSummary;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The insight reports as rows of text, one section after another (each with its header row, a blank row between),
 * written as CSV or XLSX through admin's one {@link SheetWriter} (byte order mark, formula-like cells made inert,
 * XLSX cells never formulas). The field names are the JSON's, so a column means what docs/insight.md says.
 */
final class InsightSheets {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The columns of a day's row, as the JSON summary names them. */
    static final List<String> DAY_COLUMNS = List.of("date", "pageViews", "visitors", "searches", "zeroResultSearches",
            "resultClicks", "inquiries");

    private InsightSheets() {
    }

    static List<List<String>> dashboard(Dashboard d) {
        InsightSummary s = d.summary();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("from", "to", "timeZone", "comparedFrom", "comparedTo"));
        rows.add(List.of(s.from().toString(), s.to().toString(), s.timeZone(),
                d.compared() == null ? "" : d.compared().from().toString(), d.compared() == null ? "" : d.compared().to().toString()));
        rows.add(List.of());
        rows.add(List.of("figure", "value", "compared", "change"));
        d.figures().forEach(f -> rows.add(List.of(f.key(), number(f.value()), number(f.compared()), number(f.change()))));
        rows.add(List.of());
        rows.add(List.of("source", "inquiries"));
        s.inquiries().bySource().forEach((source, count) -> rows.add(List.of(source, Long.toString(count))));
        rows.add(List.of());
        rows.add(DAY_COLUMNS);
        rows.addAll(days(s));
        rows.add(List.of());
        rows.add(inquiryDayColumns(d));
        d.inquiryDays().forEach(day -> rows.add(inquiryDay(day)));
        items(rows, "topProduct", d.topProducts());
        items(rows, "topSupplier", d.topSuppliers());
        queries(rows, "topQuery", s.topQueries());
        queries(rows, "topZeroResultQuery", s.topZeroResultQueries());
        return rows;
    }

    static List<List<String>> campaign(CampaignReport report) {
        List<List<String>> rows = new ArrayList<>();
        ZoneId zone = ZoneId.of(report.timeZone());
        rows.add(List.of("campaign", "name", "timeZone"));
        rows.add(List.of(Long.toString(report.campaignId()), report.name(), report.timeZone()));
        rows.add(List.of());
        rows.add(List.of("phase", "from", "to", "baselineFrom", "baselineTo", "over", "figure", "value", "baseline", "uplift"));
        for (CampaignReport.Phase phase : report.phases()) {
            for (CampaignReport.Uplift figure : phase.figures()) {
                rows.add(List.of(phase.phase(), local(phase.from(), zone), local(phase.to(), zone),
                        local(phase.baselineFrom(), zone), local(phase.baselineTo(), zone), Boolean.toString(phase.over()),
                        figure.key(), Long.toString(figure.value()), Long.toString(figure.baseline()), number(figure.uplift())));
            }
        }
        return rows;
    }

    /** Each day of the range as a row of text in the order of {@link #DAY_COLUMNS}. */
    static List<List<String>> days(InsightSummary s) {
        return s.daily().stream().map(day -> List.of(day.date().toString(), Long.toString(day.pageViews()),
                Long.toString(day.visitors()), Long.toString(day.searches()), Long.toString(day.zeroResultSearches()),
                Long.toString(day.resultClicks()), Long.toString(day.inquiries()))).toList();
    }

    /** {@code date}, then each source's code, then each status's code prefixed {@code status:}. */
    static List<String> inquiryDayColumns(Dashboard d) {
        List<String> columns = new ArrayList<>(List.of("date"));
        if (!d.inquiryDays().isEmpty()) {
            Dashboard.InquiryDay first = d.inquiryDays().getFirst();
            columns.addAll(first.bySource().keySet());
            first.byStatus().keySet().forEach(status -> columns.add("status:" + status));
        }
        return columns;
    }

    private static List<String> inquiryDay(Dashboard.InquiryDay day) {
        List<String> row = new ArrayList<>(List.of(day.date().toString()));
        day.bySource().values().forEach(count -> row.add(Long.toString(count)));
        day.byStatus().values().forEach(count -> row.add(Long.toString(count)));
        return row;
    }

    private static void items(List<List<String>> rows, String header, List<Dashboard.ItemViews> items) {
        rows.add(List.of());
        rows.add(List.of(header, "id", "views"));
        items.forEach(item -> rows.add(List.of(item.name(), Long.toString(item.id()), Long.toString(item.views()))));
    }

    private static void queries(List<List<String>> rows, String header, List<InsightSummary.QueryCount> queries) {
        rows.add(List.of());
        rows.add(List.of(header, "count"));
        queries.forEach(query -> rows.add(List.of(query.query(), Long.toString(query.count()))));
    }

    /** A count as it is, a ratio or mean with four decimals, nothing for an undefined value. */
    static String number(Number value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return String.format(Locale.ROOT, "%.4f", d);
        }
        return value.toString();
    }

    private static String local(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDateTime().toString();
    }

    /** The rows as a download named {@code name} plus the format's extension; {@code format} is csv or xlsx. */
    static ResponseEntity<byte[]> download(List<List<String>> rows, String name, String format, String sheetName) {
        boolean xlsx = format.equals("xlsx");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SheetWriter sheet = xlsx ? SheetWriter.xlsx(out, sheetName) : SheetWriter.csv(out)) {
            for (List<String> row : rows) {
                sheet.row(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MediaType type = xlsx ? MediaType.parseMediaType(XLSX) : MediaType.parseMediaType("text/csv;charset=UTF-8");
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + "." + format).build().toString())
                .body(out.toByteArray());
    }
}
