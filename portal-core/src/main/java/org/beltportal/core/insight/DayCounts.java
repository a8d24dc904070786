package org.beltportal.core.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A flush's hourly counts summed per belt and China day, as {@code insight_metric_daily} and
 * {@code insight_item_daily} hold them (V25, decision 0055): every metric and dimension, and every product's and
 * supplier's views. Each hour goes to the day its start falls on in {@link InsightRankings#ZONE}, as in
 * {@link DailyFigures}, so a belt whose zone keeps China's clock reads a range's figures from days, not hours.
 */
public final class DayCounts {

    private DayCounts() {
    }

    /** One metric and dimension of one belt and China day. */
    public record MetricDay(long tenant, LocalDate day, String metric, String dimension, long amount) {
    }

    /** Views of one product or supplier ({@link ItemKind} code) of one belt and China day. */
    public record ItemDay(long tenant, LocalDate day, String kind, long id, long views) {
    }

    static List<MetricDay> metricsOf(List<InsightRecorder.HourCount> hours) {
        Map<MetricDay, Long> days = new LinkedHashMap<>();
        for (InsightRecorder.HourCount count : hours) {
            InsightRecorder.HourKey key = count.key();
            days.merge(new MetricDay(key.tenant(), chinaDay(key.hour()), key.metric(), key.dimension(), 0),
                    count.amount(), Long::sum);
        }
        return days.entrySet().stream().map(e -> new MetricDay(e.getKey().tenant(), e.getKey().day(),
                e.getKey().metric(), e.getKey().dimension(), e.getValue())).toList();
    }

    static List<ItemDay> itemsOf(List<InsightRecorder.ItemCount> items) {
        Map<ItemDay, Long> days = new LinkedHashMap<>();
        for (InsightRecorder.ItemCount count : items) {
            InsightRecorder.ItemKey key = count.key();
            days.merge(new ItemDay(key.tenant(), chinaDay(key.hour()), key.kind(), key.id(), 0), count.views(), Long::sum);
        }
        return days.entrySet().stream().map(e -> new ItemDay(e.getKey().tenant(), e.getKey().day(), e.getKey().kind(),
                e.getKey().id(), e.getValue())).toList();
    }

    private static LocalDate chinaDay(Instant hour) {
        return LocalDate.ofInstant(hour, InsightRankings.ZONE);
    }
}
