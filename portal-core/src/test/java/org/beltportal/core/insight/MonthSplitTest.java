package org.beltportal.core.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MonthSplitTest {

    private static MonthSplit split(String from, String to) {
        return MonthSplit.of(new InsightRange(LocalDate.parse(from), LocalDate.parse(to)));
    }

    private static InsightRange days(String from, String to) {
        return new InsightRange(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void aYearWithPartialMonthsAtBothEndsReadsTheirDaysAndTheWholeMonthsBetween() {
        MonthSplit year = split("2025-12-07", "2026-12-05");
        assertThat(year.firstMonth()).isEqualTo(LocalDate.parse("2026-01-01"));
        assertThat(year.lastMonth()).isEqualTo(LocalDate.parse("2026-11-01"));
        assertThat(year.days()).containsExactly(days("2025-12-07", "2025-12-31"), days("2026-12-01", "2026-12-05"));
    }

    @Test
    void rangesOfWholeMonthsReadNoDays() {
        MonthSplit february = split("2024-02-01", "2024-02-29");
        assertThat(february.firstMonth()).isEqualTo(february.lastMonth()).isEqualTo(LocalDate.parse("2024-02-01"));
        assertThat(february.days()).isEmpty();
        assertThat(split("2026-01-01", "2026-12-31").lastMonth()).isEqualTo(LocalDate.parse("2026-12-01"));
    }

    @Test
    void aRangeWithoutAWholeMonthIsDaysOnly() {
        for (MonthSplit split : new MonthSplit[] {split("2026-03-01", "2026-03-30"), split("2026-03-02", "2026-03-31"),
                split("2026-03-15", "2026-04-14"), split("2026-03-31", "2026-03-31")}) {
            assertThat(split.hasMonths()).isFalse();
            assertThat(split.days()).hasSize(1);
        }
    }

    @Test
    void oneWholeMonthWithADayEitherSide() {
        MonthSplit split = split("2026-01-31", "2026-03-01");
        assertThat(split.firstMonth()).isEqualTo(split.lastMonth()).isEqualTo(LocalDate.parse("2026-02-01"));
        assertThat(split.days()).containsExactly(days("2026-01-31", "2026-01-31"), days("2026-03-01", "2026-03-01"));
    }
}
