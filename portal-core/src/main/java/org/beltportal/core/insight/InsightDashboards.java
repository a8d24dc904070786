package org.beltportal.core.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.beltportal.core.inquiry.InquiryStatus;
import org.beltportal.core.insight.internal.InsightMapper;
import org.beltportal.core.tenant.TenantId;
import org.springframework.stereotype.Service;

/**
 * The dashboard of a set of belts (one belt, or a region's): the summary of a range and of its comparison range,
 * the figures side by side with their change, inquiries per day by source and by handling status, and the most
 * viewed products and suppliers. Callers check rights on every belt; this service only reads. Days are local days
 * of {@code zone}, as in {@link InsightSummaries}; a range of China days is read from the daily rollups, any other
 * from the hours ({@link RollupGrain}). Inquiries by handling status are counted from the inquiries themselves.
 */
@Service
public class InsightDashboards {

    public static final int TOP_ITEMS = 10;

    private final InsightSummaries summaries;
    private final InsightMapper mapper;

    InsightDashboards(InsightSummaries summaries, InsightMapper mapper) {
        this.summaries = summaries;
        this.mapper = mapper;
    }

    public Dashboard dashboard(Set<TenantId> belts, ZoneId zone, InsightRange range, Comparison comparison) {
        return dashboard(belts, zone, range, comparison, r -> RollupGrain.of(zone, r));
    }

    /** The dashboard with each range (the asked one, the compared one) read from the grain {@code grainOf} gives. */
    Dashboard dashboard(Set<TenantId> belts, ZoneId zone, InsightRange range, Comparison comparison,
                        Function<InsightRange, RollupGrain> grainOf) {
        RollupGrain grain = grainOf.apply(range);
        InsightSummary summary = summaries.summary(belts, zone, range, grain);
        InsightRange otherRange = comparison.of(range);
        RollupGrain otherGrain = otherRange == null ? null : grainOf.apply(otherRange);
        InsightSummary compared = otherRange == null ? null : summaries.summary(belts, zone, otherRange, otherGrain);
        Long active = activeSuppliers(belts, zone, range, grain);
        Long activeBefore = otherRange == null ? null : activeSuppliers(belts, zone, otherRange, otherGrain);
        return new Dashboard(summary, compared, comparison.code(), figures(summary, compared, active, activeBefore),
                inquiryDays(belts, zone, range, grain),
                top(belts, zone, range, grain, ItemKind.PRODUCT), top(belts, zone, range, grain, ItemKind.SUPPLIER));
    }

    private static List<Dashboard.Figure> figures(InsightSummary now, InsightSummary before, Long active, Long activeBefore) {
        List<Dashboard.Figure> figures = new ArrayList<>();
        figures.add(figure("pageViews", now, before, s -> s.pageViews()));
        figures.add(figure("visitors", now, before, s -> s.visitors()));
        figures.add(figure("searches", now, before, s -> s.searches()));
        figures.add(figure("zeroResultSearches", now, before, s -> s.zeroResultSearches()));
        figures.add(figure("zeroResultRate", now, before, s -> ratio(s.zeroResultSearches(), s.searches())));
        figures.add(figure("resultClicks", now, before, s -> s.resultClicks()));
        figures.add(figure("clickThroughRate", now, before, s -> ratio(s.resultClicks(), s.searches())));
        figures.add(figure("meanClickPosition", now, before, InsightSummary::meanClickPosition));
        figures.add(figure("productViews", now, before, s -> s.productViews()));
        figures.add(figure("supplierViews", now, before, s -> s.supplierViews()));
        figures.add(figure("campaignViews", now, before, s -> s.campaignViews()));
        figures.add(Dashboard.Figure.of("activeSuppliers", active, activeBefore));
        figures.add(figure("inquiries", now, before, s -> s.inquiries().total()));
        return figures;
    }

    private static Dashboard.Figure figure(String key, InsightSummary now, InsightSummary before,
                                           Function<InsightSummary, Number> read) {
        return Dashboard.Figure.of(key, read.apply(now), before == null ? null : read.apply(before));
    }

    /** {@code part / whole}, or null when there is no whole (a rate of no searches is undefined, not 0). */
    static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private Long activeSuppliers(Set<TenantId> belts, ZoneId zone, InsightRange range, RollupGrain grain) {
        return grain == RollupGrain.CHINA_DAYS ? mapper.activeSuppliersByDay(belts, range.from(), range.to())
                : mapper.activeSuppliers(belts, start(range, zone), end(range, zone));
    }

    private List<Dashboard.ItemViews> top(Set<TenantId> belts, ZoneId zone, InsightRange range, RollupGrain grain, ItemKind kind) {
        List<InsightMapper.ItemSum> items = grain == RollupGrain.CHINA_DAYS
                ? mapper.topItemsByDay(belts, range.from(), range.to(), kind.code(), TOP_ITEMS)
                : mapper.topItems(belts, start(range, zone), end(range, zone), kind.code(), TOP_ITEMS);
        return items.stream().map(item -> new Dashboard.ItemViews(item.id(), item.name(), item.views())).toList();
    }

    /** Each day's inquiries by source (from the rollups) and by handling status now (from the inquiries). */
    private List<Dashboard.InquiryDay> inquiryDays(Set<TenantId> belts, ZoneId zone, InsightRange range, RollupGrain grain) {
        Map<LocalDate, Map<String, Long>> bySource = days(range, VisitSource.values().length);
        Map<LocalDate, Map<String, Long>> byStatus = days(range, InquiryStatus.values().length);
        for (LocalDate day : bySource.keySet()) {
            for (VisitSource source : VisitSource.values()) {
                bySource.get(day).put(source.code(), 0L);
            }
            for (InquiryStatus status : InquiryStatus.values()) {
                byStatus.get(day).put(status.code(), 0L);
            }
        }
        for (InsightMapper.DayDimensionSum sum : inquiriesBySource(belts, zone, range, grain)) {
            Map<String, Long> day = bySource.get(sum.day());
            if (day != null && day.containsKey(sum.dimension())) {
                day.merge(sum.dimension(), sum.amount(), Long::sum);
            }
        }
        for (InsightMapper.InquiryAt inquiry : mapper.inquiryStatuses(belts, start(range, zone), end(range, zone))) {
            // The column holds the enum's name (NEW); the figures use its code (new), as the API does.
            String status = inquiry.status().toLowerCase(Locale.ROOT);
            Map<String, Long> day = byStatus.get(LocalDate.ofInstant(inquiry.createdAt(), zone));
            if (day != null && day.containsKey(status)) {
                day.merge(status, 1L, Long::sum);
            }
        }
        List<Dashboard.InquiryDay> series = new ArrayList<>(bySource.size());
        bySource.forEach((date, sources) -> series.add(new Dashboard.InquiryDay(date, sources, byStatus.get(date))));
        return series;
    }

    /** The inquiries of each local day by source (the dimension), from days or from hours. */
    private List<InsightMapper.DayDimensionSum> inquiriesBySource(Set<TenantId> belts, ZoneId zone, InsightRange range,
                                                                  RollupGrain grain) {
        if (grain == RollupGrain.CHINA_DAYS) {
            return mapper.daysByDimension(belts, range.from(), range.to(), Metric.INQUIRY.code());
        }
        return mapper.hoursByDimension(belts, start(range, zone), end(range, zone), Metric.INQUIRY.code()).stream()
                .map(hour -> new InsightMapper.DayDimensionSum(LocalDate.ofInstant(hour.hour(), zone), hour.dimension(),
                        hour.amount())).toList();
    }

    private static Map<LocalDate, Map<String, Long>> days(InsightRange range, int columns) {
        Map<LocalDate, Map<String, Long>> days = new TreeMap<>();
        for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
            days.put(day, new LinkedHashMap<>(columns * 2));
        }
        return days;
    }

    static Instant start(InsightRange range, ZoneId zone) {
        return range.from().atStartOfDay(zone).toInstant();
    }

    static Instant end(InsightRange range, ZoneId zone) {
        return range.to().plusDays(1).atStartOfDay(zone).toInstant();
    }
}
