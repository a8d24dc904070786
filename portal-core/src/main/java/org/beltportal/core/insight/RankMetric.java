package org.beltportal.core.insight;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;

import org.beltportal.core.system.InvalidInputException;

/** What a region's or the platform's dashboard ranks its belts by (the {@code metric} parameter). */
public enum RankMetric {
    PAGE_VIEWS("pageViews"),
    VISITORS("visitors"),
    SEARCHES("searches"),
    ZERO_RESULT_RATE("zeroResultRate"),
    INQUIRIES("inquiries"),
    RESULT_CLICKS("resultClicks");

    private final String code;

    RankMetric(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Highest first; a belt without searches has no zero-result rate and comes after every belt that has one. */
    Comparator<InsightDashboard.Figures> highestFirst() {
        return switch (this) {
            case PAGE_VIEWS -> Comparator.comparingLong(InsightDashboard.Figures::pageViews).reversed();
            case VISITORS -> Comparator.comparingLong(InsightDashboard.Figures::visitors).reversed();
            case SEARCHES -> Comparator.comparingLong(InsightDashboard.Figures::searches).reversed();
            case ZERO_RESULT_RATE -> Comparator.comparing(InsightDashboard.Figures::zeroResultRate,
                    Comparator.nullsLast(Comparator.<Double>reverseOrder()));
            case INQUIRIES -> Comparator.comparingLong(InsightDashboard.Figures::inquiries).reversed();
            case RESULT_CLICKS -> Comparator.comparingLong(InsightDashboard.Figures::resultClicks).reversed();
        };
    }

    /** The metric a parameter names; absent is page views, anything else a 400 naming {@code metric}. */
    public static RankMetric parse(String code) {
        if (code == null || code.isBlank()) {
            return PAGE_VIEWS;
        }
        return Arrays.stream(values()).filter(metric -> metric.code.equals(code.strip())).findFirst()
                .orElseThrow(() -> InvalidInputException.of("metric", "must be one of " + Arrays.stream(values())
                        .map(RankMetric::code).collect(Collectors.joining(", "))));
    }
}
