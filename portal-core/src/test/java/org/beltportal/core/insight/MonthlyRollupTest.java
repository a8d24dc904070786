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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.beltportal.core.insight.InsightRecorder.HourCount;
import org.beltportal.core.insight.InsightRecorder.HourKey;
import org.beltportal.core.insight.internal.InsightMapper;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.tenant.TenantSettings;
import org.beltportal.core.testing.Fixtures;
import org.beltportal.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The dashboards read whole months from {@code insight_monthly}, the platform's trend from
 * {@code insight_platform_daily}, and must answer exactly what the days alone answer (decision 0053). Four belts in
 * their own time zones (China, Los Angeles, Kiritimati at UTC+14, Kathmandu at UTC+5:45) get 460 generated days of
 * hours through the flusher, dense at the edges: the UTC hours either side of China midnight, so an hour on the
 * last evening of a month in UTC is the next month's in China, and either side of each belt's own midnight, which
 * must not matter (region days are China days). Then every range (the year with partial months at both ends,
 * single months, ranges within a month, 300 random ones) is read both ways, before and after the purge of the
 * oldest days (past the retention of 400 days), which leaves the month it cuts with only its kept days.
 */
@SpringBootTest
class MonthlyRollupTest extends TestDatabase {

    private static final List<String> ZONES = List.of("Asia/Shanghai", "America/Los_Angeles", "Pacific/Kiritimati",
            "Asia/Kathmandu");
    private static final List<Metric> METRICS = List.of(Metric.PAGE_VIEW, Metric.VISITOR, Metric.SEARCH,
            Metric.ZERO_RESULT, Metric.RESULT_CLICK, Metric.INQUIRY, Metric.SEARCH_RESULTS);
    private static final int DAYS = 460;

    @Autowired
    TenantService tenants;
    @Autowired
    InsightRecorder recorder;
    @Autowired
    InsightFlusher flusher;
    @Autowired
    InsightRankings rankings;
    @Autowired
    InsightMapper mapper;

    @Test
    void monthsAndDaysGiveTheSameDashboardForEveryRangeBeforeAndAfterAPurge() {
        List<TenantId> belts = new ArrayList<>();
        for (String zone : ZONES) {
            TenantSettings settings = Fixtures.settings("月报带 " + zone);
            belts.add(tenants.create("tester", Fixtures.uniqueSlug("month"), new TenantSettings(settings.name(), null,
                    settings.region(), null, zone, null, null), List.of()).id());
        }
        LocalDate today = LocalDate.now(InsightRankings.ZONE);
        LocalDate first = today.minusDays(DAYS);
        Map<TenantId, long[]> recorded = generate(belts, first, today.minusDays(1));

        LocalDate yearFrom = today.minusDays(365).getDayOfMonth() == 1 ? today.minusDays(363) : today.minusDays(365);
        LocalDate yearTo = today.minusDays(today.minusDays(1).getDayOfMonth() == today.minusDays(1).lengthOfMonth() ? 3 : 1);
        InsightRange year = new InsightRange(yearFrom, yearTo);
        MonthSplit split = MonthSplit.of(year);
        assertThat(split.days().size() + split.lessDays().size()).as("partial months at both ends").isEqualTo(2);
        Map<TenantId, InsightDashboard.Figures> whole = readFromDays(belts, new InsightRange(first, today.minusDays(1)));
        belts.forEach(belt -> assertThat(whole.get(belt).pageViews()).as("the days hold what was recorded")
                .isEqualTo(recorded.get(belt)[0]));

        List<InsightRange> ranges = ranges(year, first, today.minusDays(1));
        LocalDate cutMonth = LocalDate.ofInstant(Instant.now().minus(Duration.ofDays(400)), ZoneOffset.UTC).withDayOfMonth(1);
        ranges.add(new InsightRange(cutMonth, cutMonth.plusMonths(2).minusDays(1)));
        ranges.forEach(range -> assertSameBothWays(belts, range));

        flusher.purge();
        assertThat(readFromDays(belts, new InsightRange(first, first.plusDays(20))).values())
                .as("the oldest days are past the retention of 400 days").containsOnly(InsightDashboard.Figures.NONE);
        ranges.forEach(range -> assertSameBothWays(belts, range));
    }

    /** Hours for every belt and day, flushed in several rounds (some hours twice), so months are added to. */
    private Map<TenantId, long[]> generate(List<TenantId> belts, LocalDate from, LocalDate to) {
        SplittableRandom random = new SplittableRandom(53);
        Map<TenantId, long[]> pageViews = new HashMap<>();
        List<HourCount> batch = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (int b = 0; b < belts.size(); b++) {
                TenantId belt = belts.get(b);
                Instant ownMidnight = day.atStartOfDay(ZoneId.of(ZONES.get(b))).toInstant();
                Instant chinaMidnight = day.atStartOfDay(InsightRankings.ZONE).toInstant();
                List<Instant> hours = List.of(chinaMidnight, chinaMidnight.minusSeconds(3600), ownMidnight,
                        ownMidnight.minusSeconds(3600), day.atTime(LocalTime.of(random.nextInt(24), 0)).toInstant(ZoneOffset.UTC));
                for (Instant hour : hours) {
                    Instant start = hour.truncatedTo(ChronoUnit.HOURS);
                    Metric metric = METRICS.get(random.nextInt(METRICS.size()));
                    long amount = 1 + random.nextInt(50);
                    batch.add(new HourCount(new HourKey(belt.value(), start, metric.code(), ""), amount));
                    if (metric == Metric.PAGE_VIEW && !LocalDate.ofInstant(start, InsightRankings.ZONE).isAfter(to)
                            && !LocalDate.ofInstant(start, InsightRankings.ZONE).isBefore(from)) {
                        pageViews.computeIfAbsent(belt, k -> new long[1])[0] += amount;
                    }
                }
            }
            if (day.getDayOfMonth() % 11 == 0) {
                flush(batch);
            }
        }
        flush(batch);
        return pageViews;
    }

    private void flush(List<HourCount> hours) {
        recorder.restore(new InsightRecorder.Counts(List.copyOf(hours), List.of(), List.of()));
        flusher.flush();
        hours.clear();
    }

    /** The year, months whole and cut, ranges inside a month, and 300 random ones of 1 to 366 days. */
    private static List<InsightRange> ranges(InsightRange year, LocalDate first, LocalDate last) {
        List<InsightRange> ranges = new ArrayList<>(List.of(year, new InsightRange(first, last)));
        LocalDate month = year.from().withDayOfMonth(1).plusMonths(1);
        ranges.add(new InsightRange(month, month.plusMonths(1).minusDays(1)));
        ranges.add(new InsightRange(month.minusDays(1), month.plusMonths(1)));
        ranges.add(new InsightRange(month.plusDays(1), month.plusMonths(1).minusDays(2)));
        ranges.add(new InsightRange(month, month.plusMonths(3).minusDays(1)));
        SplittableRandom random = new SplittableRandom(2026);
        int span = (int) (last.toEpochDay() - first.toEpochDay());
        for (int i = 0; i < 300; i++) {
            LocalDate from = first.plusDays(random.nextInt(span));
            LocalDate to = from.plusDays(random.nextInt(InsightRange.MAX_DAYS));
            ranges.add(new InsightRange(from, to.isAfter(last) ? last : to));
        }
        return ranges;
    }

    private void assertSameBothWays(List<TenantId> belts, InsightRange range) {
        InsightDashboard region = rankings.of(belts, range, RankMetric.PAGE_VIEWS);
        Map<TenantId, InsightDashboard.Figures> ranked = new HashMap<>();
        region.belts().forEach(belt -> ranked.put(belt.tenantId(), belt.figures()));
        assertThat(ranked).as("belts over " + range).isEqualTo(readFromDays(belts, range));
        assertThat(region.daily()).as("region trend over " + range).isEqualTo(trendFromDays(belts, range));

        List<TenantId> everyBelt = tenants.all().stream().map(Tenant::id).toList();
        InsightDashboard platform = rankings.platform(everyBelt, range, RankMetric.ZERO_RESULT_RATE);
        assertThat(platform.daily()).as("platform trend over " + range).isEqualTo(trendFromDays(everyBelt, range));
        assertThat(platform.totals()).as("platform totals over " + range)
                .isEqualTo(readFromDays(everyBelt, range).values().stream().reduce(InsightDashboard.Figures.NONE,
                        InsightDashboard.Figures::plus));
    }

    /** What the dashboards read before monthly rollups: every belt's days of the range. */
    private Map<TenantId, InsightDashboard.Figures> readFromDays(List<TenantId> belts, InsightRange range) {
        Map<TenantId, InsightDashboard.Figures> sums = new HashMap<>();
        belts.forEach(belt -> sums.put(belt, InsightDashboard.Figures.NONE));
        mapper.beltSums(belts, range.from(), range.to())
                .forEach(row -> sums.put(new TenantId(row.tenant()), InsightDashboard.Figures.of(row)));
        return sums;
    }

    private List<InsightDashboard.Day> trendFromDays(List<TenantId> belts, InsightRange range) {
        Map<LocalDate, InsightDashboard.Figures> days = new TreeMap<>();
        for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
            days.put(day, InsightDashboard.Figures.NONE);
        }
        mapper.daySums(belts, range.from(), range.to()).forEach(row -> days.put(row.day(), InsightDashboard.Figures.of(row)));
        return days.entrySet().stream().map(e -> new InsightDashboard.Day(e.getKey(), e.getValue())).toList();
    }
}
