package org.beltportal.core.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A range of China days as the rollups answer it (decision 0053), each calendar month it touches read the cheaper
 * way: a month with fewer of its days outside the range than inside is read whole from {@code insight_monthly} and
 * the days outside taken off ({@code lessDays}, from {@code insight_daily}); any other month's days in the range
 * are read from {@code insight_daily} ({@code days}). The months read whole are those from {@code firstMonth} to
 * {@code lastMonth} (first days; both null when there are none): only the two ends of a range can be partial, so
 * they are consecutive. A month holds exactly the sum of its stored days, so either way gives the same figures; a
 * year of 1,000 belts reads 12 or 13 months of each and at most about 15 days of each partial end.
 */
record MonthSplit(LocalDate firstMonth, LocalDate lastMonth, List<InsightRange> days, List<InsightRange> lessDays) {

    static MonthSplit of(InsightRange range) {
        LocalDate firstMonth = null;
        LocalDate lastMonth = null;
        List<InsightRange> days = new ArrayList<>(2);
        List<InsightRange> lessDays = new ArrayList<>(2);
        for (LocalDate month = range.from().withDayOfMonth(1); !month.isAfter(range.to()); month = month.plusMonths(1)) {
            LocalDate end = month.plusMonths(1).minusDays(1);
            InsightRange inside = new InsightRange(later(month, range.from()), earlier(end, range.to()));
            if (2 * inside.days() <= month.lengthOfMonth()) {
                days.add(inside);
                continue;
            }
            firstMonth = firstMonth == null ? month : firstMonth;
            lastMonth = month;
            if (inside.from().isAfter(month)) {
                lessDays.add(new InsightRange(month, inside.from().minusDays(1)));
            }
            if (inside.to().isBefore(end)) {
                lessDays.add(new InsightRange(inside.to().plusDays(1), end));
            }
        }
        return new MonthSplit(firstMonth, lastMonth, List.copyOf(days), List.copyOf(lessDays));
    }

    boolean hasMonths() {
        return firstMonth != null;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
