package org.beltportal.core.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.beltportal.core.insight.InsightRecorder.Counts;
import org.beltportal.core.testing.MovableClock;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.TenantStatus;
import org.junit.jupiter.api.Test;

class InsightRecorderTest {

    static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    static final String SAFARI = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Version/17.5 Mobile Safari/604.1";
    static final String BAIDU = "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)";

    // 23:30 in Shanghai: half an hour before the belt's day ends.
    final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T15:30:00Z"));
    final Tenant zhili = tenant(3, "zhili");
    final Tenant baigou = tenant(4, "baigou");

    static Tenant tenant(long id, String slug) {
        return new Tenant(new TenantId(id), slug, slug, slug, "浙江省", "zh-CN", "Asia/Shanghai", "default",
                TenantStatus.ACTIVE, null, Instant.EPOCH, Instant.EPOCH);
    }

    InsightRecorder recorder(int maxQueries) {
        return new InsightRecorder(new InsightProperties(true, Duration.ofSeconds(30), Duration.ofDays(400), maxQueries, 1000), clock);
    }

    static Map<String, Long> totals(Counts counts, Tenant tenant) {
        return counts.hours().stream().filter(count -> count.key().tenant() == tenant.id().value())
                .collect(Collectors.groupingBy(count -> count.key().metric() + ":" + count.key().dimension(),
                        Collectors.summingLong(InsightRecorder.HourCount::amount)));
    }

    @Test
    void visitorsAreUniquePerBeltAndLocalDayAndBotsCountOnlyAsBots() {
        InsightRecorder recorder = recorder(10);
        assertThat(recorder.pageView(zhili, PageType.HOME, "10.0.0.1", FIREFOX)).isTrue();
        assertThat(recorder.pageView(zhili, PageType.PRODUCT, "10.0.0.1", FIREFOX)).isTrue();
        recorder.pageView(zhili, PageType.PRODUCT, "10.0.0.1", SAFARI);
        recorder.pageView(baigou, PageType.HOME, "10.0.0.1", FIREFOX);
        assertThat(recorder.pageView(zhili, PageType.PRODUCT, "10.0.0.9", BAIDU)).isFalse();
        assertThat(recorder.pageView(zhili, PageType.PRODUCT, "10.0.0.9", null)).isFalse();
        // Midnight in Shanghai: the same person is a new day's visitor.
        clock.advance(Duration.ofMinutes(31));
        recorder.pageView(zhili, PageType.SEARCH, "10.0.0.1", FIREFOX);

        Counts counts = recorder.drain();
        assertThat(totals(counts, zhili)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "page_view:home", 1L, "page_view:product", 2L, "page_view:search", 1L,
                "visitor:", 3L, "bot_request:", 2L));
        assertThat(totals(counts, baigou)).containsExactlyInAnyOrderEntriesOf(Map.of("page_view:home", 1L, "visitor:", 1L));
        assertThat(counts.hours()).extracting(count -> count.key().hour()).containsOnly(
                Instant.parse("2026-12-06T15:00:00Z"), Instant.parse("2026-12-06T16:00:00Z"));
    }

    @Test
    void queryTextsPastTheCapAreCountedAsSearchesButNotKeptUntilTheNextFlush() {
        InsightRecorder recorder = recorder(2);
        recorder.search(zhili, FIREFOX, new SearchSeen("连衣裙", "zh-CN", 12, false));
        recorder.search(zhili, FIREFOX, new SearchSeen("  连衣裙 ", "zh-CN", 12, false));
        recorder.search(zhili, FIREFOX, new SearchSeen("ＷＡＺＩ", "en", 0, true));
        recorder.search(zhili, FIREFOX, new SearchSeen("第三个", "zh-CN", 0, true));
        recorder.search(baigou, FIREFOX, new SearchSeen("箱包", "zh-CN", 3, false));
        recorder.search(zhili, FIREFOX, new SearchSeen("   ", "zh-CN", 40, false));
        recorder.search(zhili, BAIDU, new SearchSeen("连衣裙", "zh-CN", 12, false));

        Counts counts = recorder.drain();
        assertThat(totals(counts, zhili)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "search:zh-CN", 3L, "search:en", 1L, "search_results:zh-CN", 24L, "search_results:en", 0L,
                "zero_result:en", 1L, "zero_result:zh-CN", 1L, "query_overflow:", 1L, "bot_request:", 1L));
        assertThat(counts.queries()).extracting(count -> count.key().query() + "=" + count.count().searches()
                + "/" + count.count().zeroResults()).containsExactlyInAnyOrder("连衣裙=2/0", "wazi=1/1", "箱包=1/0");
        assertThat(counts.queries()).extracting(count -> count.key().day().toString()).containsOnly("2026-12-06");

        recorder.search(zhili, FIREFOX, new SearchSeen("第三个", "zh-CN", 0, true));
        assertThat(recorder.drain().queries()).extracting(count -> count.key().query()).containsExactly("第三个");
    }

    @Test
    void drainTakesEverythingOnceAndRestorePutsItBack() {
        InsightRecorder recorder = recorder(10);
        recorder.inquiry(zhili.id(), VisitSource.SEARCH);
        recorder.resultClick(zhili.id(), 3);
        recorder.resultClick(zhili.id(), 0);
        recorder.resultClick(zhili.id(), InsightRecorder.MAX_POSITION + 1);
        Counts first = recorder.drain();
        assertThat(totals(first, zhili)).containsExactlyInAnyOrderEntriesOf(Map.of("inquiry:search", 1L, "result_click:3", 1L));
        assertThat(recorder.drain().isEmpty()).isTrue();

        recorder.inquiry(zhili.id(), VisitSource.SEARCH);
        recorder.restore(first);
        assertThat(totals(recorder.drain(), zhili)).containsExactlyInAnyOrderEntriesOf(
                Map.of("inquiry:search", 2L, "result_click:3", 1L));
    }

    @Test
    void disabledRecorderCountsNothing() {
        InsightRecorder recorder = new InsightRecorder(
                new InsightProperties(false, Duration.ofSeconds(30), Duration.ofDays(400), 10, 10), clock);
        recorder.pageView(zhili, PageType.HOME, "10.0.0.1", FIREFOX);
        recorder.search(zhili, FIREFOX, new SearchSeen("连衣裙", "zh-CN", 1, false));
        recorder.inquiry(zhili.id(), VisitSource.HOME);
        assertThat(recorder.drain().isEmpty()).isTrue();
    }

    @Test
    void visitorsPastTheDailyMemoryAreCountedAsOverflow() {
        InsightRecorder recorder = new InsightRecorder(
                new InsightProperties(true, Duration.ofSeconds(30), Duration.ofDays(400), 10, 2), clock);
        recorder.pageView(zhili, PageType.HOME, "10.0.0.1", FIREFOX);
        recorder.pageView(zhili, PageType.HOME, "10.0.0.2", FIREFOX);
        recorder.pageView(zhili, PageType.HOME, "10.0.0.3", FIREFOX);
        recorder.pageView(zhili, PageType.HOME, "10.0.0.1", FIREFOX);
        assertThat(totals(recorder.drain(), zhili)).containsExactlyInAnyOrderEntriesOf(
                Map.of("page_view:home", 4L, "visitor:", 2L, "visitor_overflow:", 1L));
    }

    @Test
    void productAndSupplierViewsAreKeptPerPageUpToTheBoundAndRestoredAfterAFailedFlush() {
        InsightRecorder recorder = recorder(10);
        recorder.itemView(zhili.id(), ItemKind.PRODUCT, 7);
        recorder.itemView(zhili.id(), ItemKind.PRODUCT, 7);
        recorder.itemView(zhili.id(), ItemKind.SUPPLIER, 7);
        recorder.itemView(baigou.id(), ItemKind.PRODUCT, 7);
        Counts counts = recorder.drain();
        assertThat(counts.items()).extracting(count -> count.key().tenant() + "/" + count.key().kind() + "/" + count.key().id()
                + "=" + count.views()).containsExactlyInAnyOrder("3/product/7=2", "3/supplier/7=1", "4/product/7=1");
        recorder.restore(counts);
        assertThat(recorder.drain().items()).hasSize(3);

        for (long id = 1; id <= InsightRecorder.MAX_ITEMS_PER_FLUSH + 2; id++) {
            recorder.itemView(zhili.id(), ItemKind.PRODUCT, id);
        }
        Counts flooded = recorder.drain();
        assertThat(flooded.items()).hasSize(InsightRecorder.MAX_ITEMS_PER_FLUSH);
        assertThat(totals(flooded, zhili)).containsEntry("item_overflow:", 2L);
    }
}
