package org.beltportal.core.insight;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import org.beltportal.core.system.BeltCaches;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantId;
import org.springframework.stereotype.Component;

/**
 * The counters request paths increment: in memory only, never a database call (decision 0042). Each
 * increment is one {@code merge} into a concurrent map, keyed by belt, UTC hour, metric and dimension (and
 * by belt, local day and query text for query counts). {@link #drain()} removes every entry it returns, so an
 * increment racing with a flush lands either in that flush or in the next one, never in neither.
 * <p>
 * Memory stays bounded: the keys of the hourly map are belts x the hours of one flush interval x a fixed set of
 * metrics and dimensions (positions go up to {@value #MAX_POSITION}); query texts are capped per belt per flush
 * ({@code portal.insight.max-queries-per-flush}); product and supplier pages per belt per flush at
 * {@value #MAX_ITEMS_PER_FLUSH}; remembered visitors per day likewise.
 */
@Component
public class InsightRecorder implements BeltCaches {

    /** The highest result position counted as a click; links past it are counted as product views only. */
    public static final int MAX_POSITION = 1000;
    /**
     * Distinct product and supplier pages counted per belt per flush interval; views past it are counted as
     * page views and {@link Metric#ITEM_OVERFLOW} only. A belt's catalogue bounds it already; this bounds a node.
     */
    public static final int MAX_ITEMS_PER_FLUSH = 10_000;

    private final boolean enabled;
    private final int maxQueriesPerFlush;
    private final Clock clock;
    private final UniqueVisitors visitors;
    private final Map<HourKey, Long> hourly = new ConcurrentHashMap<>();
    private final Map<QueryKey, QueryCount> queries = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> queryTextsThisFlush = new ConcurrentHashMap<>();
    private final Map<ItemKey, Long> items = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> itemsThisFlush = new ConcurrentHashMap<>();

    public InsightRecorder(InsightProperties properties, Clock clock) {
        this.enabled = properties.enabled();
        this.maxQueriesPerFlush = properties.maxQueriesPerFlush();
        this.clock = clock;
        this.visitors = new UniqueVisitors(properties.maxVisitorsPerDay());
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * A page view of a belt's public page (200 or 304). A known bot's is counted only as a bot request.
     * Returns whether it was counted as a buyer's view (callers count clicks only then).
     */
    public boolean pageView(Tenant tenant, PageType type, String address, String userAgent) {
        if (!enabled) {
            return false;
        }
        if (KnownBots.matches(userAgent)) {
            add(tenant.id(), Metric.BOT_REQUEST, "");
            return false;
        }
        add(tenant.id(), Metric.PAGE_VIEW, type.code());
        LocalDate day = LocalDate.ofInstant(clock.instant(), tenant.zone());
        switch (visitors.see(tenant.id(), day, address, userAgent)) {
            case FIRST -> add(tenant.id(), Metric.VISITOR, "");
            case UNKNOWN -> add(tenant.id(), Metric.VISITOR_OVERFLOW, "");
            case AGAIN -> { }
        }
        return true;
    }

    /** A product view reached through a search result link at {@code position} (from 1). */
    public void resultClick(TenantId tenant, int position) {
        if (enabled && position >= 1 && position <= MAX_POSITION) {
            add(tenant, Metric.RESULT_CLICK, Integer.toString(position));
        }
    }

    /** A buyer's view of one product's or supplier's page (counted as a page view as well, by {@link #pageView}). */
    public void itemView(TenantId tenant, ItemKind kind, long id) {
        if (!enabled) {
            return;
        }
        ItemKey key = new ItemKey(tenant.value(), clock.instant().truncatedTo(ChronoUnit.HOURS), kind.code(), id);
        if (items.containsKey(key) || itemsThisFlush.computeIfAbsent(key.tenant(), t -> new AtomicInteger())
                .incrementAndGet() <= MAX_ITEMS_PER_FLUSH) {
            items.merge(key, 1L, Long::sum);
        } else {
            add(tenant, Metric.ITEM_OVERFLOW, "", 1);
        }
    }

    /**
     * A search with a query text (the first page of its results), in the visitor's language (a portal locale tag).
     * A query of nothing but white space is no search: it lists the belt's goods.
     */
    public void search(Tenant tenant, String userAgent, SearchSeen search) {
        if (!enabled) {
            return;
        }
        if (KnownBots.matches(userAgent)) {
            add(tenant.id(), Metric.BOT_REQUEST, "", 1);
            return;
        }
        String text = QueryTexts.normalise(search.query());
        if (text.isEmpty()) {
            return;
        }
        String language = search.language() == null ? "" : search.language();
        String dimension = language.length() > 24 ? language.substring(0, 24) : language;
        add(tenant.id(), Metric.SEARCH, dimension, 1);
        add(tenant.id(), Metric.SEARCH_RESULTS, dimension, Math.max(0, search.total()));
        if (search.foundNothing()) {
            add(tenant.id(), Metric.ZERO_RESULT, dimension, 1);
        }
        QueryKey key = new QueryKey(tenant.id().value(), LocalDate.ofInstant(clock.instant(), tenant.zone()), text);
        if (queries.containsKey(key) || queryTextsThisFlush.computeIfAbsent(key.tenant(), t -> new AtomicInteger())
                .incrementAndGet() <= maxQueriesPerFlush) {
            queries.merge(key, new QueryCount(1, search.foundNothing() ? 1 : 0), QueryCount::plus);
        } else {
            add(tenant.id(), Metric.QUERY_OVERFLOW, "", 1);
        }
    }

    /** A stored inquiry (not one caught as spam) that the buyer sent from a page reached through {@code source}. */
    public void inquiry(TenantId tenant, VisitSource source) {
        if (enabled) {
            add(tenant, Metric.INQUIRY, source.code());
        }
    }

    private void add(TenantId tenant, Metric metric, String dimension) {
        add(tenant, metric, dimension, 1);
    }

    private void add(TenantId tenant, Metric metric, String dimension, long amount) {
        Instant hour = clock.instant().truncatedTo(ChronoUnit.HOURS);
        hourly.merge(new HourKey(tenant.value(), hour, metric.code(), dimension), amount, Long::sum);
    }

    /** Takes every count out of memory, to be written; what is counted meanwhile goes to the next drain. */
    public Counts drain() {
        queryTextsThisFlush.clear();
        itemsThisFlush.clear();
        List<HourCount> hours = new ArrayList<>(hourly.size());
        for (HourKey key : hourly.keySet()) {
            Long amount = hourly.remove(key);
            if (amount != null) {
                hours.add(new HourCount(key, amount));
            }
        }
        List<QueryDayCount> texts = new ArrayList<>(queries.size());
        for (QueryKey key : queries.keySet()) {
            QueryCount count = queries.remove(key);
            if (count != null) {
                texts.add(new QueryDayCount(key, count));
            }
        }
        List<ItemCount> views = new ArrayList<>(items.size());
        for (ItemKey key : items.keySet()) {
            Long amount = items.remove(key);
            if (amount != null) {
                views.add(new ItemCount(key, amount));
            }
        }
        return new Counts(hours, texts, views);
    }

    /** Puts counts a failed flush could not write back, so the next flush tries them again. */
    public void restore(Counts counts) {
        counts.hours().forEach(count -> hourly.merge(count.key(), count.amount(), Long::sum));
        counts.queries().forEach(count -> queries.merge(count.key(), count.count(), QueryCount::plus));
        counts.items().forEach(count -> items.merge(count.key(), count.views(), Long::sum));
    }

    /** Drops every count and remembered visitor without writing them: what a crash does (for tests of that). */
    public void dropUnflushed() {
        drain();
        visitors.clear();
    }

    public record HourKey(long tenant, Instant hour, String metric, String dimension) {
    }

    public record QueryKey(long tenant, LocalDate day, String query) {
    }

    public record QueryCount(long searches, long zeroResults) {

        QueryCount plus(QueryCount other) {
            return new QueryCount(searches + other.searches, zeroResults + other.zeroResults);
        }
    }

    public record HourCount(HourKey key, long amount) {
    }

    /** A product's or supplier's page in one UTC hour; {@code kind} is an {@link ItemKind} code. */
    public record ItemKey(long tenant, Instant hour, String kind, long id) {
    }

    public record ItemCount(ItemKey key, long views) {
    }

    public record QueryDayCount(QueryKey key, QueryCount count) {
    }

    /** What one drain took out of memory. */
    public record Counts(List<HourCount> hours, List<QueryDayCount> queries, List<ItemCount> items) {

        public boolean isEmpty() {
            return hours.isEmpty() && queries.isEmpty() && items.isEmpty();
        }
    }

    @Override
    public Map<String, LongSupplier> beltCacheEntries() {
        return Map.of("insight.hourly-counters", () -> hourly.size(), "insight.query-counters", () -> queries.size(),
                "insight.query-texts-per-belt", () -> queryTextsThisFlush.size(), "insight.visitors", visitors::remembered,
                "insight.item-counters", () -> items.size(), "insight.items-per-belt", () -> itemsThisFlush.size());
    }
}
