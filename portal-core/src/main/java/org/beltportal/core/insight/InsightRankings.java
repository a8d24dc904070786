package org.beltportal.core.insight;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.beltportal.core.campaign.FestivalWeeks;
import org.beltportal.core.insight.internal.InsightMapper;
import org.beltportal.core.tenant.TenantId;
import org.springframework.stereotype.Service;

/**
 * The region and platform dashboards: a set of belts (a region's, or every belt) over a range of days, never read
 * from the hours (a year of hours for 1,000 belts is tens of millions of rows). Each belt's sums come from months in
 * {@code insight_monthly} and, for the partial months at either end, days in {@code insight_daily}: a partial month's
 * days in the range, or the whole month less its days outside the range, whichever are fewer ({@link MonthSplit});
 * the daily trend of a region sums its belts' days, the platform's is read from
 * {@code insight_platform_daily}, one row a day (decision 0053). All of it along primary keys, at most
 * {@value #BELTS_PER_STATEMENT} belts a statement. Days are China
 * Standard Time: belts of one region share a clock, and a day sums the hours that start in it. Callers check rights
 * on every belt of the set; a region without belts has a dashboard of zeros.
 */
@Service
public class InsightRankings {

    /** The days of regions and the platform: mainland China keeps one time zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /**
     * Belts per statement. MariaDB turns an IN list of 1,000 values or more ({@code in_predicate_conversion_threshold})
     * into a join with a derived table that reads every row of each belt rather than the range's: a year of the
     * platform read all 365,000 days even for a range's five.
     */
    static final int BELTS_PER_STATEMENT = 500;

    private final InsightMapper mapper;
    private final FestivalWeeks festivals;

    InsightRankings(InsightMapper mapper, FestivalWeeks festivals) {
        this.mapper = mapper;
        this.festivals = festivals;
    }

    /** The dashboard of a region's belts: its trend sums their days. */
    public InsightDashboard of(Collection<TenantId> belts, InsightRange range, RankMetric rankedBy) {
        return dashboard(belts, range, rankedBy, inChunks(belts, chunk -> mapper.daySums(chunk, range.from(), range.to())));
    }

    /**
     * The platform's dashboard; {@code everyBelt} must be every belt there is, as the trend is read from the
     * platform's own daily rollup, which counts them all.
     */
    public InsightDashboard platform(Collection<TenantId> everyBelt, InsightRange range, RankMetric rankedBy) {
        return dashboard(everyBelt, range, rankedBy, mapper.platformDays(range.from(), range.to()));
    }

    private InsightDashboard dashboard(Collection<TenantId> belts, InsightRange range, RankMetric rankedBy,
                                       List<DailyFigures> trend) {
        Map<TenantId, InsightDashboard.Figures> byBelt = new HashMap<>();
        beltSums(belts, range).forEach((belt, row) -> byBelt.put(new TenantId(belt), InsightDashboard.Figures.of(row)));
        Comparator<Map.Entry<TenantId, InsightDashboard.Figures>> order = Map.Entry.<TenantId, InsightDashboard.Figures>comparingByValue(
                rankedBy.highestFirst()).thenComparing(entry -> entry.getKey().value());
        List<Map.Entry<TenantId, InsightDashboard.Figures>> ranked = belts.stream().distinct()
                .map(belt -> Map.entry(belt, byBelt.getOrDefault(belt, InsightDashboard.Figures.NONE))).sorted(order).toList();
        List<InsightDashboard.Belt> rows = new ArrayList<>(ranked.size());
        InsightDashboard.Figures totals = InsightDashboard.Figures.NONE;
        for (Map.Entry<TenantId, InsightDashboard.Figures> entry : ranked) {
            rows.add(new InsightDashboard.Belt(rows.size() + 1, entry.getKey(), entry.getValue()));
            totals = totals.plus(entry.getValue());
        }
        return new InsightDashboard(range.from(), range.to(), ZONE.getId(), rankedBy.code(), totals, rows,
                daily(range, trend), festivals.of(belts, range.from(), range.to(), ZONE));
    }

    /** Each belt's figures over the range, by belt id: the months read whole less their days outside, and days. */
    private Map<Long, DailyFigures> beltSums(Collection<TenantId> belts, InsightRange range) {
        MonthSplit split = MonthSplit.of(range);
        List<DailyFigures> rows = new ArrayList<>();
        if (split.hasMonths()) {
            rows.addAll(inChunks(belts, chunk -> mapper.monthSums(chunk, split.firstMonth(), split.lastMonth())));
        }
        for (InsightRange days : split.days()) {
            rows.addAll(inChunks(belts, chunk -> mapper.beltSums(chunk, days.from(), days.to())));
        }
        for (InsightRange days : split.lessDays()) {
            inChunks(belts, chunk -> mapper.beltSums(chunk, days.from(), days.to())).forEach(row -> rows.add(row.negated()));
        }
        Map<Long, DailyFigures> sums = new HashMap<>();
        rows.forEach(row -> sums.merge(row.tenant(), row, DailyFigures::plus));
        return sums;
    }

    /** The rows of every {@value #BELTS_PER_STATEMENT} distinct belts read together; none for no belts. */
    private static List<DailyFigures> inChunks(Collection<TenantId> belts, Function<List<TenantId>, List<DailyFigures>> read) {
        List<TenantId> distinct = List.copyOf(new LinkedHashSet<>(belts));
        List<DailyFigures> rows = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += BELTS_PER_STATEMENT) {
            rows.addAll(read.apply(distinct.subList(from, Math.min(distinct.size(), from + BELTS_PER_STATEMENT))));
        }
        return rows;
    }

    private static List<InsightDashboard.Day> daily(InsightRange range, List<DailyFigures> trend) {
        Map<LocalDate, InsightDashboard.Figures> days = new TreeMap<>();
        for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
            days.put(day, InsightDashboard.Figures.NONE);
        }
        for (DailyFigures row : trend) {
            days.merge(row.day(), InsightDashboard.Figures.of(row), InsightDashboard.Figures::plus);
        }
        List<InsightDashboard.Day> series = new ArrayList<>(days.size());
        days.forEach((day, figures) -> series.add(new InsightDashboard.Day(day, figures)));
        return series;
    }
}
