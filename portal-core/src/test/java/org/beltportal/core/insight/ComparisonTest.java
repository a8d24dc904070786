package org.beltportal.core.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.beltportal.core.system.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The days a dashboard compares with, and the parameter that names them. */
class ComparisonTest {

    private static final InsightRange NOVEMBER = new InsightRange(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"));

    @Test
    void previousIsAsManyDaysEndingTheDayBefore() {
        assertThat(Comparison.PREVIOUS.of(NOVEMBER))
                .isEqualTo(new InsightRange(LocalDate.parse("2026-10-02"), LocalDate.parse("2026-10-31")));
        assertThat(Comparison.PREVIOUS.of(NOVEMBER).days()).isEqualTo(NOVEMBER.days());
    }

    @Test
    void yearIsTheSameDatesAYearBeforeAndALeapDayBecomesThe28th() {
        assertThat(Comparison.YEAR.of(NOVEMBER))
                .isEqualTo(new InsightRange(LocalDate.parse("2025-11-01"), LocalDate.parse("2025-11-30")));
        InsightRange leap = new InsightRange(LocalDate.parse("2028-02-29"), LocalDate.parse("2028-02-29"));
        assertThat(Comparison.YEAR.of(leap).from()).isEqualTo(LocalDate.parse("2027-02-28"));
        assertThat(Comparison.NONE.of(NOVEMBER)).isNull();
    }

    @Test
    void theParameterDefaultsToPreviousAndRefusesAnythingElseAtItsField() {
        assertThat(Comparison.parse(null)).isEqualTo(Comparison.PREVIOUS);
        assertThat(Comparison.parse(" year ")).isEqualTo(Comparison.YEAR);
        assertThatThrownBy(() -> Comparison.parse("soon")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().getFirst().field()).isEqualTo("compare"));
    }
}
