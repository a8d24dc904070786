package org.beltportal.admin.console.insight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.beltportal.core.insight.InsightSummary;

/**
 * A summary as CSV for Excel, one section after another (figures, inquiries by source, days, top queries, top
 * queries that found nothing), each with its header row and a blank line between. A UTF-8 byte order mark, so
 * Excel reads Chinese right; RFC 4180 quoting; a query (typed by buyers) that starts with = + - @ gets a leading
 * apostrophe, so a spreadsheet shows it as text instead of running it as a formula.
 */
final class InsightCsv {

    static final String BOM = "\uFEFF";

    private InsightCsv() {
    }

    static String of(InsightSummary s) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("figure", "value"));
        figures(s).forEach((name, value) -> rows.add(List.of(name, value)));
        rows.add(List.of());
        rows.add(List.of("source", "inquiries"));
        s.inquiries().bySource().forEach((source, count) -> rows.add(List.of(source, Long.toString(count))));
        rows.add(List.of());
        rows.add(DAY_COLUMNS);
        rows.addAll(days(s));
        queries(rows, "topQuery", s.topQueries());
        queries(rows, "topZeroResultQuery", s.topZeroResultQueries());
        StringBuilder out = new StringBuilder(BOM);
        rows.forEach(row -> out.append(String.join(",", row.stream().map(InsightCsv::quoted).toList())).append("\r\n"));
        return out.toString();
    }

    /** The columns of a day's row, as the JSON summary names them. */
    static final List<String> DAY_COLUMNS = List.of("date", "pageViews", "visitors", "searches", "zeroResultSearches",
            "resultClicks", "inquiries");

    /** Each day of the range as a row of text in the order of {@link #DAY_COLUMNS}. */
    static List<List<String>> days(InsightSummary s) {
        return s.daily().stream().map(day -> List.of(day.date().toString(), Long.toString(day.pageViews()),
                Long.toString(day.visitors()), Long.toString(day.searches()), Long.toString(day.zeroResultSearches()),
                Long.toString(day.resultClicks()), Long.toString(day.inquiries()))).toList();
    }

    /** The single figures, in the order of the JSON summary. */
    static Map<String, String> figures(InsightSummary s) {
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("from", s.from().toString());
        figures.put("to", s.to().toString());
        figures.put("timeZone", s.timeZone());
        figures.put("pageViews", Long.toString(s.pageViews()));
        figures.put("visitors", Long.toString(s.visitors()));
        figures.put("searches", Long.toString(s.searches()));
        figures.put("zeroResultSearches", Long.toString(s.zeroResultSearches()));
        figures.put("resultClicks", Long.toString(s.resultClicks()));
        figures.put("meanClickPosition", s.meanClickPosition() == null ? "" : String.format(Locale.ROOT, "%.2f", s.meanClickPosition()));
        figures.put("productViews", Long.toString(s.productViews()));
        figures.put("supplierViews", Long.toString(s.supplierViews()));
        figures.put("campaignViews", Long.toString(s.campaignViews()));
        figures.put("inquiries", Long.toString(s.inquiries().total()));
        figures.put("botRequests", Long.toString(s.botRequests()));
        return figures;
    }

    private static void queries(List<List<String>> rows, String header, List<InsightSummary.QueryCount> queries) {
        rows.add(List.of());
        rows.add(List.of(header, "count"));
        queries.forEach(query -> rows.add(List.of(inert(query.query()), Long.toString(query.count()))));
    }

    static String inert(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }

    static String quoted(String cell) {
        boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
        return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
