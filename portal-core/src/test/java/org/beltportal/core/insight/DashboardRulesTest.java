package org.beltportal.core.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.beltportal.core.insight.InsightRecorder.HourCount;
import org.beltportal.core.insight.InsightRecorder.HourKey;
import org.beltportal.core.system.InvalidInputException;
import org.junit.jupiter.api.Test;

/** How a flush's hours become the dashboards' China days, and how belts are ranked. */
class DashboardRulesTest {

    private static HourCount count(long tenant, String hour, Metric metric, String dimension, long amount) {
        return new HourCount(new HourKey(tenant, Instant.parse(hour), metric.code(), dimension), amount);
    }

    @Test
    void hoursGoToTheChinaDayTheyStartInAndOnlyTheSixFiguresAreKept() {
        List<DailyFigures> days = DailyFigures.of(List.of(
                count(1, "2026-12-05T15:00:00Z", Metric.PAGE_VIEW, "home", 3),
                count(1, "2026-12-05T15:00:00Z", Metric.PAGE_VIEW, "product", 4),
                // 16:00 UTC is midnight in China: the next day.
                count(1, "2026-12-05T16:00:00Z", Metric.PAGE_VIEW, "home", 5),
                count(1, "2026-12-05T16:00:00Z", Metric.VISITOR, "", 2),
                count(1, "2026-12-05T16:00:00Z", Metric.SEARCH, "zh-CN", 6),
                count(1, "2026-12-05T17:00:00Z", Metric.ZERO_RESULT, "en", 1),
                count(1, "2026-12-05T17:00:00Z", Metric.RESULT_CLICK, "4", 2),
                count(1, "2026-12-05T17:00:00Z", Metric.INQUIRY, "search", 1),
                count(1, "2026-12-05T17:00:00Z", Metric.SEARCH_RESULTS, "zh-CN", 90),
                count(1, "2026-12-05T17:00:00Z", Metric.BOT_REQUEST, "", 40),
                count(2, "2026-12-05T17:00:00Z", Metric.PAGE_VIEW, "home", 1)));
        assertThat(days).containsExactlyInAnyOrder(
                new DailyFigures(1, LocalDate.of(2026, 12, 5), 7, 0, 0, 0, 0, 0),
                new DailyFigures(1, LocalDate.of(2026, 12, 6), 5, 2, 6, 1, 2, 1),
                new DailyFigures(2, LocalDate.of(2026, 12, 6), 1, 0, 0, 0, 0, 0));
    }

    @Test
    void beltsRankHighestFirstAndThoseWithoutSearchesComeLastByZeroResultRate() {
        InsightDashboard.Figures busy = InsightDashboard.Figures.of(100, 40, 10, 1, 5, 2);
        InsightDashboard.Figures failing = InsightDashboard.Figures.of(20, 10, 4, 2, 0, 0);
        InsightDashboard.Figures silent = InsightDashboard.Figures.of(5, 5, 0, 0, 0, 9);
        assertThat(busy.zeroResultRate()).isEqualTo(0.1);
        assertThat(silent.zeroResultRate()).isNull();
        List<InsightDashboard.Figures> all = List.of(silent, busy, failing);
        assertThat(sorted(all, RankMetric.PAGE_VIEWS)).containsExactly(busy, failing, silent);
        assertThat(sorted(all, RankMetric.ZERO_RESULT_RATE)).containsExactly(failing, busy, silent);
        assertThat(sorted(all, RankMetric.INQUIRIES)).containsExactly(silent, busy, failing);
        assertThat(busy.plus(failing)).isEqualTo(InsightDashboard.Figures.of(120, 50, 14, 3, 5, 2));
    }

    private static List<InsightDashboard.Figures> sorted(List<InsightDashboard.Figures> figures, RankMetric metric) {
        Comparator<InsightDashboard.Figures> order = metric.highestFirst();
        return figures.stream().sorted(order).toList();
    }

    @Test
    void theMetricParameterIsOneOfSixCodesAndDefaultsToPageViews() {
        assertThat(RankMetric.parse(null)).isEqualTo(RankMetric.PAGE_VIEWS);
        assertThat(RankMetric.parse(" zeroResultRate ")).isEqualTo(RankMetric.ZERO_RESULT_RATE);
        assertThatThrownBy(() -> RankMetric.parse("revenue")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().getFirst().field()).isEqualTo("metric"));
    }
}
