package org.beltportal.core.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.beltportal.core.insight.internal.InsightMapper;
import org.beltportal.core.tenant.TenantId;
import org.springframework.stereotype.Service;

/**
 * Reads the rollups of a set of belts: one belt's summary is the set of that belt, a region's the set of its
 * belts. Callers check rights on every belt of the set; this service only reads. The range is of local days
 * in {@code zone}; hours are stored in UTC, and an hour belongs to the day its start falls on (exact for zones
 * with whole-hour offsets such as Asia/Shanghai). A range whose days are China days is read from the daily
 * rollups ({@code insight_metric_daily}, {@code insight_daily}), any other from the hours ({@link RollupGrain}):
 * both give the same figures, the days about a twentieth of the rows.
 */
@Service
public class InsightSummaries {

    public static final int TOP_QUERIES = 20;
    /** The metrics of a {@link InsightSummary.Day}, in its order. */
    private static final List<String> DAILY_COLUMNS = List.of(Metric.PAGE_VIEW.code(), Metric.VISITOR.code(),
            Metric.SEARCH.code(), Metric.ZERO_RESULT.code(), Metric.RESULT_CLICK.code(), Metric.INQUIRY.code());

    private final InsightMapper mapper;

    InsightSummaries(InsightMapper mapper) {
        this.mapper = mapper;
    }

    public InsightSummary summary(Set<TenantId> tenants, ZoneId zone, InsightRange range) {
        return summary(tenants, zone, range, RollupGrain.of(zone, range));
    }

    /** The summary read from {@code grain}; {@link RollupGrain#CHINA_DAYS} only for a range it answers exactly. */
    InsightSummary summary(Set<TenantId> tenants, ZoneId zone, InsightRange range, RollupGrain grain) {
        if (tenants.isEmpty()) {
            throw new IllegalArgumentException("a summary needs at least one belt");
        }
        Instant from = range.from().atStartOfDay(zone).toInstant();
        Instant to = range.to().plusDays(1).atStartOfDay(zone).toInstant();
        Figures figures = new Figures();
        boolean days = grain == RollupGrain.CHINA_DAYS;
        (days ? mapper.daySumsByMetric(tenants, range.from(), range.to()) : mapper.sums(tenants, from, to)).forEach(figures::add);
        Map<String, Long> bySource = new LinkedHashMap<>();
        for (VisitSource source : VisitSource.values()) {
            bySource.put(source.code(), figures.of(Metric.INQUIRY, source.code()));
        }
        return new InsightSummary(
                figures.total(Metric.PAGE_VIEW), figures.total(Metric.VISITOR), figures.total(Metric.SEARCH),
                figures.total(Metric.ZERO_RESULT), figures.total(Metric.RESULT_CLICK),
                figures.of(Metric.PAGE_VIEW, PageType.PRODUCT.code()),
                new InsightSummary.Inquiries(figures.total(Metric.INQUIRY), bySource),
                top(tenants, range, false), top(tenants, range, true),
                figures.of(Metric.PAGE_VIEW, PageType.SUPPLIER.code()),
                figures.of(Metric.PAGE_VIEW, PageType.CAMPAIGN.code()),
                figures.meanPosition(), figures.mean(Metric.SEARCH_RESULTS, Metric.SEARCH), figures.byDimension(Metric.PAGE_VIEW), figures.byDimension(Metric.SEARCH),
                figures.total(Metric.BOT_REQUEST), figures.total(Metric.QUERY_OVERFLOW),
                range.from(), range.to(), zone.getId(),
                days ? dailyFromDays(tenants, range) : daily(tenants, zone, range, from, to));
    }

    private List<InsightSummary.QueryCount> top(Set<TenantId> tenants, InsightRange range, boolean zeroOnly) {
        return mapper.topQueries(tenants, range.from(), range.to(), zeroOnly, TOP_QUERIES).stream()
                .map(sum -> new InsightSummary.QueryCount(sum.query(), sum.count())).toList();
    }

    /** The series from {@code insight_daily}: its six figures are the series' own, summed per China day. */
    private List<InsightSummary.Day> dailyFromDays(Set<TenantId> tenants, InsightRange range) {
        Map<LocalDate, DailyFigures> days = new TreeMap<>();
        for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
            days.put(day, new DailyFigures(0, day, 0, 0, 0, 0, 0, 0));
        }
        mapper.daySums(tenants, range.from(), range.to()).forEach(row -> days.put(row.day(), row));
        return days.values().stream().map(f -> new InsightSummary.Day(f.day(), f.pageViews(), f.visitors(), f.searches(),
                f.zeroResults(), f.resultClicks(), f.inquiries())).toList();
    }

    private List<InsightSummary.Day> daily(Set<TenantId> tenants, ZoneId zone, InsightRange range, Instant from, Instant to) {
        Map<LocalDate, long[]> days = new TreeMap<>();
        for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
            days.put(day, new long[6]);
        }
        for (InsightMapper.HourSum hour : mapper.hours(tenants, from, to)) {
            long[] day = days.get(LocalDate.ofInstant(hour.hour(), zone));
            int column = DAILY_COLUMNS.indexOf(hour.metric());
            if (day != null && column >= 0) {
                day[column] += hour.amount();
            }
        }
        List<InsightSummary.Day> series = new ArrayList<>(days.size());
        days.forEach((date, f) -> series.add(new InsightSummary.Day(date, f[0], f[1], f[2], f[3], f[4], f[5])));
        return series;
    }

    /** The summed rows of a range, by metric and dimension. */
    private static final class Figures {

        private final Map<String, Map<String, Long>> byMetric = new TreeMap<>();

        void add(InsightMapper.MetricSum sum) {
            byMetric.computeIfAbsent(sum.metric(), m -> new TreeMap<>()).merge(sum.dimension(), sum.amount(), Long::sum);
        }

        long total(Metric metric) {
            return byMetric.getOrDefault(metric.code(), Map.of()).values().stream().mapToLong(Long::longValue).sum();
        }

        long of(Metric metric, String dimension) {
            return byMetric.getOrDefault(metric.code(), Map.of()).getOrDefault(dimension, 0L);
        }

        Map<String, Long> byDimension(Metric metric) {
            return Collections.unmodifiableMap(new TreeMap<>(byMetric.getOrDefault(metric.code(), Map.of())));
        }

        Double mean(Metric sum, Metric count) {
            long n = total(count);
            return n == 0 ? null : (double) total(sum) / n;
        }

        Double meanPosition() {
            long clicks = 0;
            long positions = 0;
            for (Map.Entry<String, Long> entry : byMetric.getOrDefault(Metric.RESULT_CLICK.code(), Map.of()).entrySet()) {
                clicks += entry.getValue();
                positions += Long.parseLong(entry.getKey()) * entry.getValue();
            }
            return clicks == 0 ? null : (double) positions / clicks;
        }
    }
}
