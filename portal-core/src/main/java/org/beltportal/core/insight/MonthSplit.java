package org.beltportal.core.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A range of China days as the rollups answer it (decision 0053): its whole calendar months, read from
 * {@code insight_monthly} as the months from {@code firstMonth} to {@code lastMonth} (each a month's first day; both
 * null when the range holds no whole month), and the days of the partial months at either end, read from
 * {@code insight_daily}. A range within one month, or shorter than one, is days only.
 */
record MonthSplit(LocalDate firstMonth, LocalDate lastMonth, List<InsightRange> days) {

    static MonthSplit of(InsightRange range) {
        LocalDate firstMonth = range.from().getDayOfMonth() == 1 ? range.from() : range.from().withDayOfMonth(1).plusMonths(1);
        LocalDate afterMonths = range.to().plusDays(1).withDayOfMonth(1);
        if (!firstMonth.isBefore(afterMonths)) {
            return new MonthSplit(null, null, List.of(range));
        }
        List<InsightRange> days = new ArrayList<>(2);
        if (range.from().isBefore(firstMonth)) {
            days.add(new InsightRange(range.from(), firstMonth.minusDays(1)));
        }
        if (!range.to().isBefore(afterMonths)) {
            days.add(new InsightRange(afterMonths, range.to()));
        }
        return new MonthSplit(firstMonth, afterMonths.minusMonths(1), List.copyOf(days));
    }

    boolean hasMonths() {
        return firstMonth != null;
    }
}
