package org.beltportal.themes.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.themes.campaign.Campaigns.approved;
import static org.beltportal.themes.campaign.Campaigns.festival;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.beltportal.core.campaign.Campaign;
import org.beltportal.core.campaign.CampaignSpec;
import org.beltportal.core.campaign.Recurrence;
import org.beltportal.search.query.SearchItem;
import org.beltportal.search.query.SearchQuery;
import org.beltportal.search.query.SearchResult;
import org.beltportal.themes.PortalWebTestSupport;
import org.beltportal.themes.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * {@code ?at=} previews: honoured only when {@code PreviewRights} (admin's sessions and tokens) says the
 * caller may preview this belt; then the page says so and is never stored. The festival goes live at
 * 2026-05-04 10:00 Shanghai; the clock stands three days earlier, in its warm-up.
 */
class PreviewTest extends PortalWebTestSupport {

    static final String LIVE_START = "2026-05-04T10:00";
    static final String SECOND_BEFORE = "2026-05-04T09:59:59";

    @BeforeEach
    void festivalInWarmup() {
        approved(campaigns, TestData.ZHILI, festival(TestData.ZHILI));
    }

    private Answer home(String at) throws Exception {
        return perform(get("/").header("Host", "zhili.localhost").param("at", at));
    }

    @Test
    void anonymousAtIsIgnored() throws Exception {
        Answer home = home(LIVE_START);

        assertThat(home.html().select(".campaign-warmup")).isNotEmpty();
        assertThat(home.html().select(".preview-notice")).isEmpty();
        assertThat(home.response().getHeader("Cache-Control")).isNull();
    }

    @Test
    void operatorOfAnotherBeltIsIgnored() throws Exception {
        when(previewRights.mayPreview(any(), eq(TestData.YIWU.id()))).thenReturn(true);

        assertThat(home(LIVE_START).html().select(".campaign-warmup")).isNotEmpty();
    }

    @Test
    void operatorOfThisBeltSeesTheLiveBannerAtLiveStartWithANoticeAndNoStore() throws Exception {
        when(previewRights.mayPreview(any(), eq(TestData.ZHILI.id()))).thenReturn(true);

        Answer home = home(LIVE_START);

        assertThat(home.html().select(".campaign-live")).isNotEmpty();
        assertThat(home.html().select(".campaign-warmup")).isEmpty();
        assertThat(home.html().select(".preview-notice").text()).contains("2026-05-04 10:00");
        assertThat(home.response().getHeader("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void oneSecondBeforeLiveStartIsStillWarmup() throws Exception {
        when(previewRights.mayPreview(any(), eq(TestData.ZHILI.id()))).thenReturn(true);

        Answer home = home(SECOND_BEFORE);

        assertThat(home.html().select(".campaign-warmup .countdown").text()).isEqualTo("距开幕还有 0 天 0 小时 0 分");
    }

    @Test
    void invalidAtIsIgnoredEvenForAnOperator() throws Exception {
        when(previewRights.mayPreview(any(), eq(TestData.ZHILI.id()))).thenReturn(true);

        for (String at : List.of("tomorrow", "2026-13-01T00:00", "2026-05-04T10:00Z[", "")) {
            Answer home = home(at);
            assertThat(home.status()).isEqualTo(200);
            assertThat(home.html().select(".campaign-warmup")).isNotEmpty();
            assertThat(home.html().select(".preview-notice")).isEmpty();
        }
    }

    @Test
    void atOutsideTheCalendarYearsIsIgnoredByEveryCalendarPage() throws Exception {
        when(previewRights.mayPreview(any(), eq(TestData.ZHILI.id()))).thenReturn(true);
        approved(campaigns, TestData.ZHILI, yearly(festival(TestData.ZHILI)));

        for (String at : List.of("+999999999-12-31T23:59", "-999999999-01-01T00:00", "+10000-01-01T00:00", "1999-12-31T23:59",
                "2200-01-01T00:00")) {
            for (String path : List.of("/t/zhili/", "/t/zhili/festivals", "/t/zhili/festivals.ics", "/t/zhili/campaigns/summer-fair")) {
                Answer page = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> perform(get(path).param("at", at)));
                assertThat(page.status()).as(path + "?at=" + at).isEqualTo(200);
                assertThat(page.body()).as(path + "?at=" + at).doesNotContain("preview-notice");
            }
        }
    }

    @Test
    void aCampaignStoredInAnExtremeYearCannotHangThePages() throws Exception {
        Campaign fair = festival(TestData.ZHILI);
        Campaign ancient = yearly(Campaigns.campaign(TestData.ZHILI, "ancient", "古代", null, List.of(),
                LocalDateTime.parse("-999999999-03-01T00:00"), LocalDateTime.parse("-999999999-03-06T10:00"),
                LocalDateTime.parse("-999999999-03-09T00:00"), List.of(), List.of()));
        Campaign future = yearly(Campaigns.campaign(TestData.ZHILI, "future", "未来", null, List.of(),
                LocalDateTime.parse("+999999999-03-01T00:00"), LocalDateTime.parse("+999999999-03-06T10:00"),
                LocalDateTime.parse("+999999999-03-09T00:00"), List.of(), List.of()));
        approved(campaigns, TestData.ZHILI, fair, ancient, future);

        for (String path : List.of("/t/zhili/", "/t/zhili/festivals", "/t/zhili/festivals.ics", "/t/zhili/campaigns/ancient",
                "/t/zhili/campaigns/future", "/t/zhili/search?q=裙")) {
            Answer page = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> perform(get(path)));
            assertThat(page.status()).as(path).isEqualTo(200);
        }
    }

    /** The campaign repeated in every month of the year. */
    private static Campaign yearly(Campaign c) {
        CampaignSpec s = c.spec();
        return new Campaign(c.id(), c.tenantId(), new CampaignSpec(s.slug(), s.name(), s.kind(), s.warmupStart(), s.liveStart(),
                s.end(), s.timezone(), new Recurrence(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)), s.bannerText(),
                s.bannerImages(), s.featuredProductIds(), s.featuredSupplierIds(), s.placements()), c.state());
    }

    @Test
    void previewedSearchPromotesAndBadgesTheLiveCampaignsGoods() throws Exception {
        when(previewRights.mayPreview(any(), eq(TestData.ZHILI.id()))).thenReturn(true);
        SearchItem featured = new SearchItem(101, "SKU-101", "女童连衣裙", null, null, new BigDecimal("19.9"), 30, "件",
                "女童/连衣裙", new SearchItem.Supplier(11, "织里服饰", "4A", true), new SearchItem.Campaign("summer-fair", "织里童装节"));
        when(search.search(any(), any())).thenReturn(new SearchResult(1, List.of(featured), Map.of(), null));

        Answer results = perform(get("/t/zhili/search").param("q", "连衣裙").param("at", LIVE_START));

        ArgumentCaptor<SearchQuery> query = ArgumentCaptor.forClass(SearchQuery.class);
        verify(search).search(any(), query.capture());
        assertThat(query.getValue().promoted()).containsOnlyKeys(101L);
        assertThat(results.html().select("a.badge.campaign").attr("href")).isEqualTo("/t/zhili/campaigns/summer-fair");
        assertThat(results.html().select("a.badge.campaign").text()).isEqualTo("活动：织里童装节");
    }

    @Test
    void searchBeforeLiveStartPromotesNothing() throws Exception {
        perform(get("/t/zhili/search").param("q", "连衣裙"));

        ArgumentCaptor<SearchQuery> query = ArgumentCaptor.forClass(SearchQuery.class);
        verify(search).search(any(), query.capture());
        assertThat(query.getValue().promoted()).isEmpty();
    }
}
