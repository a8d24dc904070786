package org.beltportal.core.insight;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.beltportal.core.campaign.FestivalWeeks;
import org.beltportal.core.insight.internal.InsightMapper;
import org.beltportal.core.tenant.TenantId;
import org.springframework.stereotype.Service;

/**
 * The region and platform dashboards: a set of belts (a region's, or every belt) over a range of days, read from
 * the daily rollup ({@code insight_daily}) in two statements along its primary key, never from the hours (a year
 * of hours for 1,000 belts is tens of millions of rows). Days are China Standard Time: belts of one region share a
 * clock, and a day sums the hours that start in it. Callers check rights on every belt of the set; a region
 * without belts has a dashboard of zeros.
 */
@Service
public class InsightRankings {

    /** The days of regions and the platform: mainland China keeps one time zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final InsightMapper mapper;
    private final FestivalWeeks festivals;

    InsightRankings(InsightMapper mapper, FestivalWeeks festivals) {
        this.mapper = mapper;
        this.festivals = festivals;
    }

    public InsightDashboard of(Collection<TenantId> belts, InsightRange range, RankMetric rankedBy) {
        Map<TenantId, InsightDashboard.Figures> byBelt = new HashMap<>();
        for (DailyFigures row : belts.isEmpty() ? List.<DailyFigures>of() : mapper.beltSums(belts, range.from(), range.to())) {
            byBelt.put(new TenantId(row.tenant()), InsightDashboard.Figures.of(row));
        }
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
                daily(belts, range), festivals.of(belts, range.from(), range.to(), ZONE));
    }

    private List<InsightDashboard.Day> daily(Collection<TenantId> belts, InsightRange range) {
        Map<LocalDate, InsightDashboard.Figures> days = new TreeMap<>();
        for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
            days.put(day, InsightDashboard.Figures.NONE);
        }
        for (DailyFigures row : belts.isEmpty() ? List.<DailyFigures>of() : mapper.daySums(belts, range.from(), range.to())) {
            days.put(row.day(), InsightDashboard.Figures.of(row));
        }
        List<InsightDashboard.Day> series = new ArrayList<>(days.size());
        days.forEach((day, figures) -> series.add(new InsightDashboard.Day(day, figures)));
        return series;
    }
}
