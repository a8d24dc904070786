package org.beltportal.core.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.beltportal.core.insight.InsightRecorder.HourCount;
import org.beltportal.core.insight.InsightRecorder.HourKey;
import org.beltportal.core.insight.InsightRecorder.ItemCount;
import org.beltportal.core.insight.InsightRecorder.ItemKey;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.testing.Fixtures;
import org.beltportal.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A belt's screen and summary read a range of China days from {@code insight_metric_daily}, {@code insight_item_daily}
 * and {@code insight_daily} and must answer exactly what the hours answer (decision 0055). Two belts in China get
 * 430 generated days of hours of every metric with its dimensions and of product and supplier views, through the
 * flusher in several rounds, dense either side of China midnight (the UTC hour before it is the day before). Then
 * every range (the year, months, single days, 150 random ones, each with its previous period) is read both ways,
 * for one belt's dashboard and for both belts' summary, before and after the purge past the retention of 400 days.
 * The flusher's schedule is off ({@code portal.insight.enabled=false}): its first round purges, and a purge between
 * the two reads of one comparison would differ by what it removed.
 */
@SpringBootTest(properties = "portal.insight.enabled=false")
class DailyRollupTest extends TestDatabase {

    private static final ZoneId CHINA = InsightRankings.ZONE;
    private static final int DAYS = 430;
    private static final List<String[]> METRICS = List.of(
            new String[] {"page_view", "home", "search", "product", "supplier", "campaign"},
            new String[] {"visitor", ""}, new String[] {"search", "zh-CN", "en"}, new String[] {"zero_result", "zh-CN", "en"},
            new String[] {"result_click", "1", "2", "3", "17"}, new String[] {"search_results", "zh-CN", "en"},
            new String[] {"inquiry", "search", "campaign", "home", "direct"}, new String[] {"bot_request", ""},
            new String[] {"query_overflow", ""});

    @Autowired
    TenantService tenants;
    @Autowired
    SupplierService suppliers;
    @Autowired
    ProductService products;
    @Autowired
    InsightRecorder recorder;
    @Autowired
    InsightFlusher flusher;
    @Autowired
    InsightSummaries summaries;
    @Autowired
    InsightDashboards dashboards;

    @Test
    void chinaDaysGiveTheSameScreenAndSummaryAsHoursForEveryRangeBeforeAndAfterAPurge() {
        List<Belt> belts = List.of(belt("日报带甲"), belt("日报带乙"));
        LocalDate today = LocalDate.now(CHINA);
        LocalDate first = today.minusDays(DAYS);
        generate(belts, first, today.minusDays(1));
        List<InsightRange> ranges = ranges(first, today);
        Dashboard year = dashboards.dashboard(Set.of(belts.get(0).id()), CHINA, ranges.getFirst(), Comparison.NONE,
                r -> RollupGrain.CHINA_DAYS);
        assertThat(year.topProducts()).as("every product was viewed").hasSize(6);
        assertThat(year.topSuppliers()).as("every supplier was viewed").hasSize(2);
        assertThat(year.summary().inquiries().bySource().values()).as("inquiries of every source").doesNotContain(0L);
        ranges.forEach(range -> assertSameBothWays(belts, range));

        flusher.purge();
        LocalDate lastPurged = LocalDate.ofInstant(Instant.now().minus(Duration.ofDays(400)), ZoneOffset.UTC).minusDays(2);
        InsightRange purged = new InsightRange(first, lastPurged);
        Dashboard old = dashboards.dashboard(Set.of(belts.get(0).id()), CHINA, purged, Comparison.NONE,
                r -> RollupGrain.CHINA_DAYS);
        assertThat(old.summary().pageViews() + old.summary().supplierViews() + old.topProducts().size())
                .as("days past the retention are purged with the hours").isZero();
        LocalDate kept = lastPurged.plusDays(4);
        ranges.stream().filter(range -> range.from().isAfter(kept.plusDays(range.days())))
                .forEach(range -> assertSameBothWays(belts, range));
    }

    @Test
    void onlyRangesOnChinasClockAreReadFromDays() {
        InsightRange year = new InsightRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(RollupGrain.of(CHINA, year)).isEqualTo(RollupGrain.CHINA_DAYS);
        assertThat(RollupGrain.of(ZoneId.of("Asia/Hong_Kong"), year)).isEqualTo(RollupGrain.CHINA_DAYS);
        assertThat(RollupGrain.of(ZoneId.of("Etc/GMT-8"), year)).isEqualTo(RollupGrain.CHINA_DAYS);
        assertThat(RollupGrain.of(ZoneId.of("Asia/Urumqi"), year)).isEqualTo(RollupGrain.HOURS);
        assertThat(RollupGrain.of(ZoneId.of("America/Los_Angeles"), year)).isEqualTo(RollupGrain.HOURS);
        // Perth kept UTC+8 in 2026 but changed its clock in the summers of 2006 to 2009.
        assertThat(RollupGrain.of(ZoneId.of("Australia/Perth"), year)).isEqualTo(RollupGrain.CHINA_DAYS);
        assertThat(RollupGrain.of(ZoneId.of("Australia/Perth"), new InsightRange(LocalDate.of(2008, 1, 1),
                LocalDate.of(2008, 12, 31)))).isEqualTo(RollupGrain.HOURS);
    }

    private record Belt(TenantId id, List<Long> products, List<Long> suppliers) {
    }

    private Belt belt(String name) {
        TenantId id = tenants.create("tester", Fixtures.uniqueSlug("daily"), Fixtures.settings(name), List.of()).id();
        List<Long> supplierIds = new ArrayList<>();
        List<Long> productIds = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            long supplier = suppliers.create("tester", id, Fixtures.supplier(name + " 供应商 " + s)).id();
            supplierIds.add(supplier);
            for (int p = 0; p < 3; p++) {
                productIds.add(products.create("tester", id, Fixtures.product("D-" + s + p, name + " 商品 " + s + p, supplier)).id());
            }
        }
        return new Belt(id, productIds, supplierIds);
    }

    /** Hours of random metrics and item views for every belt and day, flushed in rounds (some hours twice). */
    private void generate(List<Belt> belts, LocalDate from, LocalDate to) {
        SplittableRandom random = new SplittableRandom(55);
        List<HourCount> hours = new ArrayList<>();
        List<ItemCount> items = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Instant midnight = day.atStartOfDay(CHINA).toInstant();
            for (Belt belt : belts) {
                List<Instant> starts = List.of(midnight, midnight.minusSeconds(3600),
                        day.atTime(LocalTime.of(random.nextInt(24), 0)).toInstant(ZoneOffset.UTC));
                for (Instant start : starts) {
                    Instant hour = start.truncatedTo(ChronoUnit.HOURS);
                    for (int n = 0; n < 3; n++) {
                        String[] metric = METRICS.get(random.nextInt(METRICS.size()));
                        String dimension = metric[1 + random.nextInt(metric.length - 1)];
                        hours.add(new HourCount(new HourKey(belt.id().value(), hour, metric[0], dimension), 1 + random.nextInt(40)));
                    }
                    items.add(new ItemCount(new ItemKey(belt.id().value(), hour, ItemKind.PRODUCT.code(),
                            belt.products().get(random.nextInt(belt.products().size()))), 1 + random.nextInt(9)));
                    items.add(new ItemCount(new ItemKey(belt.id().value(), hour, ItemKind.SUPPLIER.code(),
                            belt.suppliers().get(random.nextInt(belt.suppliers().size()))), 1 + random.nextInt(9)));
                }
            }
            if (day.getDayOfMonth() % 13 == 0) {
                flush(hours, items);
            }
        }
        flush(hours, items);
    }

    private void flush(List<HourCount> hours, List<ItemCount> items) {
        recorder.restore(new InsightRecorder.Counts(List.copyOf(hours), List.of(), List.copyOf(items)));
        flusher.flush();
        hours.clear();
        items.clear();
    }

    /** The year to today, months, single days around a month's turn, and 150 random ranges of 1 to 366 days. */
    private static List<InsightRange> ranges(LocalDate first, LocalDate today) {
        LocalDate month = today.minusMonths(3).withDayOfMonth(1);
        List<InsightRange> ranges = new ArrayList<>(List.of(new InsightRange(today.minusDays(365), today),
                new InsightRange(month, month.plusMonths(1).minusDays(1)), new InsightRange(month, month),
                new InsightRange(month.minusDays(1), month.minusDays(1)), new InsightRange(first, first.plusDays(30))));
        SplittableRandom random = new SplittableRandom(2055);
        int span = (int) (today.toEpochDay() - first.toEpochDay());
        for (int i = 0; i < 150; i++) {
            LocalDate from = first.plusDays(random.nextInt(span));
            LocalDate to = from.plusDays(random.nextInt(InsightRange.MAX_DAYS));
            ranges.add(new InsightRange(from, to.isAfter(today) ? today : to));
        }
        return ranges;
    }

    private void assertSameBothWays(List<Belt> belts, InsightRange range) {
        Set<TenantId> one = Set.of(belts.get(0).id());
        assertThat(dashboards.dashboard(one, CHINA, range, Comparison.PREVIOUS, r -> RollupGrain.CHINA_DAYS))
                .as("a belt's screen over " + range)
                .isEqualTo(dashboards.dashboard(one, CHINA, range, Comparison.PREVIOUS, r -> RollupGrain.HOURS));
        Set<TenantId> both = Set.of(belts.get(0).id(), belts.get(1).id());
        assertThat(summaries.summary(both, CHINA, range, RollupGrain.CHINA_DAYS)).as("two belts' summary over " + range)
                .isEqualTo(summaries.summary(both, CHINA, range, RollupGrain.HOURS));
    }
}
