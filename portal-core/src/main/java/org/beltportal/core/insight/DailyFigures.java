package org.beltportal.core.insight;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The six figures the region and platform dashboards rank and chart, for one belt and one China day, as
 * {@code insight_daily} holds them (V23). A flush turns its hourly counts into these, each hour going to the day
 * its start falls on in {@link InsightRankings#ZONE}, so the dashboards never read hours; and these into the rows
 * of {@code insight_monthly} (the day is the month's first) and {@code insight_platform_daily} (tenant 0), V24.
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

    /** The figures of each belt's month, the day being the month's first, that these rows add up to. */
    static List<DailyFigures> monthsOf(List<DailyFigures> rows) {
        return summed(rows, row -> new Key(row.tenant(), row.day().withDayOfMonth(1)));
    }

    /** The figures of each day over every belt of these rows (tenant 0): what they add to the platform's trend. */
    static List<DailyFigures> platformOf(List<DailyFigures> rows) {
        return summed(rows, row -> new Key(0, row.day()));
    }

    /** The same figures taken away: what a purge adds to the months the removed days were part of. */
    DailyFigures negated() {
        return new DailyFigures(tenant, day, -pageViews, -visitors, -searches, -zeroResults, -resultClicks, -inquiries);
    }

    /** These figures and another's added, under this row's belt and day. */
    DailyFigures plus(DailyFigures other) {
        return new DailyFigures(tenant, day, pageViews + other.pageViews, visitors + other.visitors,
                searches + other.searches, zeroResults + other.zeroResults, resultClicks + other.resultClicks,
                inquiries + other.inquiries);
    }

    private static List<DailyFigures> summed(List<DailyFigures> rows, Function<DailyFigures, Key> keyOf) {
        Map<Key, DailyFigures> sums = new LinkedHashMap<>();
        for (DailyFigures row : rows) {
            Key key = keyOf.apply(row);
            DailyFigures keyed = new DailyFigures(key.tenant(), key.day(), 0, 0, 0, 0, 0, 0);
            sums.merge(key, keyed.plus(row), DailyFigures::plus);
        }
        return List.copyOf(sums.values());
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
