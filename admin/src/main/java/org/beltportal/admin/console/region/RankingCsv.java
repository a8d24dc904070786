package org.beltportal.admin.console.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.beltportal.admin.insight.RegionDashboardView;
import org.beltportal.core.insight.InsightDashboard;

/**
 * A region's or the platform's ranking as CSV (RFC 4180, UTF-8): one line per belt in rank order, then the totals.
 * Belt names are operators' text: one starting like a formula (=, +, -, @) is led by an apostrophe so a
 * spreadsheet shows it instead of running it.
 */
final class RankingCsv {

    private static final List<String> HEADER = List.of("rank", "slug", "name", "nameEn", "regionCode", "pageViews",
            "visitors", "searches", "zeroResultSearches", "zeroResultRate", "resultClicks", "inquiries");

    private RankingCsv() {
    }

    static String of(RegionDashboardView view) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER);
        for (RegionDashboardView.Belt belt : view.belts()) {
            line(csv, List.of(Integer.toString(belt.rank()), belt.slug(), belt.name(), belt.nameEn() == null ? "" : belt.nameEn(),
                    belt.regionCode() == null ? "" : belt.regionCode()), belt.figures());
        }
        line(csv, List.of("", "", "total", "", ""), view.totals());
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> who, InsightDashboard.Figures f) {
        List<String> cells = new ArrayList<>(who);
        cells.addAll(List.of(Long.toString(f.pageViews()), Long.toString(f.visitors()), Long.toString(f.searches()),
                Long.toString(f.zeroResultSearches()),
                f.zeroResultRate() == null ? "" : String.format(Locale.ROOT, "%.4f", f.zeroResultRate()),
                Long.toString(f.resultClicks()), Long.toString(f.inquiries())));
        line(csv, cells);
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(RankingCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    static String cell(String text) {
        String inert = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        boolean quote = inert.indexOf(',') >= 0 || inert.indexOf('"') >= 0 || inert.indexOf('\n') >= 0 || inert.indexOf('\r') >= 0;
        return quote ? '"' + inert.replace("\"", "\"\"") + '"' : inert;
    }
}
