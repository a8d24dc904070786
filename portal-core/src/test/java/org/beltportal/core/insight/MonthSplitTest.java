package org.beltportal.core.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MonthSplitTest {

    private static MonthSplit split(String from, String to) {
        return MonthSplit.of(days(from, to));
    }

    private static InsightRange days(String from, String to) {
        return new InsightRange(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void aYearReadsItsMonthsAndOfEachPartialEndTheFewerDays() {
        MonthSplit year = split("2025-12-07", "2026-12-05");
        assertThat(year.firstMonth()).as("25 of December's 31 days: the month less six").isEqualTo(LocalDate.parse("2025-12-01"));
        assertThat(year.lastMonth()).isEqualTo(LocalDate.parse("2026-11-01"));
        assertThat(year.lessDays()).containsExactly(days("2025-12-01", "2025-12-06"));
        assertThat(year.days()).as("5 of December's days").containsExactly(days("2026-12-01", "2026-12-05"));
    }

    @Test
    void rangesOfWholeMonthsReadNoDays() {
        MonthSplit february = split("2024-02-01", "2024-02-29");
        assertThat(february.firstMonth()).isEqualTo(february.lastMonth()).isEqualTo(LocalDate.parse("2024-02-01"));
        assertThat(february.days()).isEmpty();
        assertThat(february.lessDays()).isEmpty();
        assertThat(split("2026-01-01", "2026-12-31").lastMonth()).isEqualTo(LocalDate.parse("2026-12-01"));
    }

    @Test
    void mostOfAMonthIsTheMonthLessTheDaysOutside() {
        assertThat(split("2026-03-02", "2026-03-30").lessDays())
                .containsExactly(days("2026-03-01", "2026-03-01"), days("2026-03-31", "2026-03-31"));
        MonthSplit thirty = split("2026-11-07", "2026-12-06");
        assertThat(thirty.firstMonth()).isEqualTo(thirty.lastMonth()).isEqualTo(LocalDate.parse("2026-11-01"));
        assertThat(thirty.lessDays()).containsExactly(days("2026-11-01", "2026-11-06"));
        assertThat(thirty.days()).containsExactly(days("2026-12-01", "2026-12-06"));
    }

    @Test
    void halfAMonthOrLessIsDays() {
        for (MonthSplit split : new MonthSplit[] {split("2026-03-31", "2026-03-31"), split("2026-04-01", "2026-04-15"),
                split("2026-03-17", "2026-04-10")}) {
            assertThat(split.hasMonths()).isFalse();
            assertThat(split.lessDays()).isEmpty();
        }
        assertThat(split("2026-03-17", "2026-04-10").days())
                .containsExactly(days("2026-03-17", "2026-03-31"), days("2026-04-01", "2026-04-10"));
    }
}
