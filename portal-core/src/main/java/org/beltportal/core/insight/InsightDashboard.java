package org.beltportal.core.insight;

import java.time.LocalDate;
import java.util.List;

import org.beltportal.core.campaign.FestivalWeeks;
import org.beltportal.core.tenant.TenantId;

/**
 * A region's or the platform's dashboard over a range of China days: the totals of its belts, every belt with its
 * figures ranked by {@code rankedBy} (ties by belt id), the daily trend (every day of the range, empty ones too)
 * and the festival calendar density per week. docs/insight.md defines each figure.
 */
public record InsightDashboard(LocalDate from, LocalDate to, String timeZone, String rankedBy, Figures totals,
                               List<Belt> belts, List<Day> daily, List<FestivalWeeks.Week> festivalWeeks) {

    /**
     * The figures of a belt, a day or a whole set: {@code zeroResultRate} is zero-result searches per search, null
     * without searches; {@code visitors} adds each day's unique visitors.
     */
    public record Figures(long pageViews, long visitors, long searches, long zeroResultSearches, Double zeroResultRate,
                          long resultClicks, long inquiries) {

        static final Figures NONE = of(0, 0, 0, 0, 0, 0);

        static Figures of(long pageViews, long visitors, long searches, long zeroResultSearches, long resultClicks,
                          long inquiries) {
            return new Figures(pageViews, visitors, searches, zeroResultSearches,
                    searches == 0 ? null : (double) zeroResultSearches / searches, resultClicks, inquiries);
        }

        static Figures of(DailyFigures row) {
            return of(row.pageViews(), row.visitors(), row.searches(), row.zeroResults(), row.resultClicks(), row.inquiries());
        }

        Figures plus(Figures other) {
            return of(pageViews + other.pageViews, visitors + other.visitors, searches + other.searches,
                    zeroResultSearches + other.zeroResultSearches, resultClicks + other.resultClicks, inquiries + other.inquiries);
        }
    }

    /** A belt's place in the ranking (from 1) and its figures. */
    public record Belt(int rank, TenantId tenantId, Figures figures) {
    }

    public record Day(LocalDate date, Figures figures) {
    }
}
