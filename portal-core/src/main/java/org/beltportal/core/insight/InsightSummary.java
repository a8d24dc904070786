package org.beltportal.core.insight;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures of a set of belts over a range of days (docs/insight.md defines each). The first ten fields are
 * the contract of {@code insight/summary}; the rest are additions. {@code visitors} adds each day's unique
 * visitors (two days' visitors cannot be linked, by design). {@code meanClickPosition} is null without clicks,
 * {@code meanResultCount} without searches.
 */
public record InsightSummary(
        long pageViews,
        long visitors,
        long searches,
        long zeroResultSearches,
        long resultClicks,
        long productViews,
        Inquiries inquiries,
        List<QueryCount> topQueries,
        List<QueryCount> topZeroResultQueries,
        long supplierViews,
        long campaignViews,
        Double meanClickPosition,
        Double meanResultCount,
        Map<String, Long> pageViewsByType,
        Map<String, Long> searchesByLanguage,
        long botRequests,
        long overflowedQueries,
        LocalDate from,
        LocalDate to,
        String timeZone,
        List<Day> daily) {

    public record Inquiries(long total, Map<String, Long> bySource) {
    }

    public record QueryCount(String query, long count) {
    }

    /** One local day's figures. */
    public record Day(LocalDate date, long pageViews, long visitors, long searches, long zeroResultSearches,
                      long resultClicks, long inquiries) {
    }
}
