package org.beltportal.core.insight;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The six figures the region and platform dashboards rank and chart, for one belt and one China day, as
 * {@code insight_daily} holds them (V23). A flush turns its hourly counts into these, each hour going to the day
 * its start falls on in {@link InsightRankings#ZONE}, so the dashboards never read hours.
 */
public record DailyFigures(long tenant, LocalDate day, long pageViews, long visitors, long searches, long zeroResults,
                           long resultClicks, long inquiries) {

    /** The daily rows of a flush's hourly counts; metrics the dashboards do not show add nothing. */
    static List<DailyFigures> of(List<InsightRecorder.HourCount> hours) {
        Map<Key, long[]> days = new LinkedHashMap<>();
        for (InsightRecorder.HourCount count : hours) {
            int column = column(count.key().metric());
            if (column >= 0) {
                Key key = new Key(count.key().tenant(), LocalDate.ofInstant(count.key().hour(), InsightRankings.ZONE));
                days.computeIfAbsent(key, k -> new long[6])[column] += count.amount();
            }
        }
        return days.entrySet().stream().map(e -> {
            long[] f = e.getValue();
            return new DailyFigures(e.getKey().tenant(), e.getKey().day(), f[0], f[1], f[2], f[3], f[4], f[5]);
        }).toList();
    }

    private static int column(String metric) {
        return switch (Metric.valueOf(metric.toUpperCase(Locale.ROOT))) {
            case PAGE_VIEW -> 0;
            case VISITOR -> 1;
            case SEARCH -> 2;
            case ZERO_RESULT -> 3;
            case RESULT_CLICK -> 4;
            case INQUIRY -> 5;
            default -> -1;
        };
    }

    private record Key(long tenant, LocalDate day) {
    }
}
