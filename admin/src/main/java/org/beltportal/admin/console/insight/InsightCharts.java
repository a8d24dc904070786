package org.beltportal.admin.console.insight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.beltportal.core.insight.Dashboard;
import org.beltportal.core.insight.InsightSummary;
import tools.jackson.databind.json.JsonMapper;

/**
 * The numbers the dashboard's charts draw, as JSON embedded in the page for {@code insight-charts.js}: per chart
 * its kind, categories and series by key. The series' names are the column headers of the table beside each chart
 * ({@code th[data-series=key]}), so the chart says what the table says in the page's language and the table stays
 * the truth. Written for a {@code <script type="application/json">}: {@code <}, {@code >} and {@code &} are escaped,
 * so no text (a product name) can end the script.
 */
final class InsightCharts {

    private InsightCharts() {
    }

    static String json(Dashboard d, JsonMapper mapper) {
        Map<String, Object> charts = new LinkedHashMap<>();
        List<InsightSummary.Day> days = d.summary().daily();
        List<String> dates = days.stream().map(day -> day.date().toString()).toList();
        charts.put("traffic", chart("line", false, dates, Map.of(
                "pageViews", of(days, InsightSummary.Day::pageViews), "visitors", of(days, InsightSummary.Day::visitors))));
        charts.put("searching", chart("bar", false, dates, Map.of(
                "searches", of(days, InsightSummary.Day::searches),
                "zeroResultSearches", of(days, InsightSummary.Day::zeroResultSearches),
                "resultClicks", of(days, InsightSummary.Day::resultClicks))));
        List<String> inquiryDates = d.inquiryDays().stream().map(day -> day.date().toString()).toList();
        charts.put("sources", chart("stack", false, inquiryDates, byKey(d.inquiryDays(), Dashboard.InquiryDay::bySource, "")));
        charts.put("statuses", chart("stack", false, inquiryDates, byKey(d.inquiryDays(), Dashboard.InquiryDay::byStatus, "status:")));
        charts.put("products", items(d.topProducts()));
        charts.put("suppliers", items(d.topSuppliers()));
        return mapper.writeValueAsString(charts).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static Map<String, Object> chart(String kind, boolean horizontal, List<String> categories, Map<String, List<Long>> series) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", kind);
        chart.put("horizontal", horizontal);
        chart.put("categories", categories);
        chart.put("series", new TreeMap<>(series));
        return chart;
    }

    private static Map<String, Object> items(List<Dashboard.ItemViews> items) {
        return chart("bar", true, items.stream().map(Dashboard.ItemViews::name).toList(),
                Map.of("views", items.stream().map(Dashboard.ItemViews::views).toList()));
    }

    private static List<Long> of(List<InsightSummary.Day> days, Function<InsightSummary.Day, Long> figure) {
        return days.stream().map(figure).toList();
    }

    private static Map<String, List<Long>> byKey(List<Dashboard.InquiryDay> days, Function<Dashboard.InquiryDay, Map<String, Long>> read,
                                                 String prefix) {
        Map<String, List<Long>> series = new LinkedHashMap<>();
        for (Dashboard.InquiryDay day : days) {
            read.apply(day).forEach((key, count) -> series.computeIfAbsent(prefix + key, k -> new ArrayList<>()).add(count));
        }
        return series;
    }
}
