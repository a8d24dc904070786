package org.beltportal.themes.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.themes.campaign.Campaigns.approved;
import static org.beltportal.themes.campaign.Campaigns.campaign;
import static org.beltportal.themes.campaign.Campaigns.festival;
import static org.beltportal.themes.campaign.Campaigns.placed;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.beltportal.core.campaign.Campaign;
import org.beltportal.core.campaign.Placement;
import org.beltportal.core.product.ProductStatus;
import org.beltportal.core.system.ResultPage;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.TenantStatus;
import org.beltportal.search.query.SearchQuery;
import org.beltportal.search.query.SearchScope;
import org.beltportal.themes.PortalWebTestSupport;
import org.beltportal.themes.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * Campaign banners on the home, search and landing pages in every phase, with the clock at
 * {@link TestData#NOW} (2026-05-01 10:00 in Shanghai): the campaigns' dates put them in each phase.
 */
class CampaignPagesTest extends PortalWebTestSupport {

    static final Tenant FESTIVE = new Tenant(new TenantId(9), "festive", "节庆产业带", "Festive Belt", "浙江省", "zh-CN",
            "Asia/Shanghai", "festival", TenantStatus.ACTIVE, null, TestData.NOW, TestData.NOW);

    @BeforeEach
    void goods() {
        when(directory.byHost("festive.localhost")).thenReturn(Optional.of(FESTIVE));
        when(products.findByIds(eq(TestData.ZHILI.id()), any()))
                .thenReturn(List.of(TestData.product(TestData.ZHILI, 101, "女童纯棉连衣裙", ProductStatus.ACTIVE)));
        when(suppliers.byIds(eq(TestData.ZHILI.id()), any()))
                .thenReturn(Map.of(11L, TestData.supplier(TestData.ZHILI, 11, "织里强实力童装厂")));
    }

    private static Campaign live(Tenant tenant) {
        return live(tenant, "summer-fair");
    }

    private static Campaign live(Tenant tenant, String slug) {
        return campaign(tenant, slug, "织里童装节", "夏季新款全场包邮", List.of("/media/fair.jpg"),
                LocalDateTime.parse("2026-04-25T00:00"), LocalDateTime.parse("2026-04-28T10:00"),
                LocalDateTime.parse("2026-05-08T00:00"), List.of(101L), List.of(11L));
    }

    @Test
    void warmupShowsCountdownAndExactLocalStart() throws Exception {
        approved(campaigns, TestData.ZHILI, festival(TestData.ZHILI));

        var home = perform(get("/").header("Host", "zhili.localhost"));

        var banner = home.html().selectFirst("section.campaign-banner.campaign-warmup");
        assertThat(banner).isNotNull();
        assertThat(banner.select("h2 a").attr("href")).isEqualTo("/campaigns/summer-fair");
        assertThat(banner.select(".countdown").text()).isEqualTo("距开幕还有 3 天 0 小时 0 分");
        assertThat(banner.select("time").attr("datetime")).isEqualTo("2026-05-04T10:00:00+08:00");
        assertThat(banner.select("time").text()).isEqualTo("2026-05-04 10:00");
        assertThat(banner.select(".cards")).isEmpty();
    }

    @Test
    void liveShowsBannerLinkingTheLandingPageAndFeaturedGoods() throws Exception {
        approved(campaigns, TestData.ZHILI, live(TestData.ZHILI));

        var banner = perform(get("/t/zhili/")).html().selectFirst("section.campaign-banner.campaign-live");

        assertThat(banner).isNotNull();
        assertThat(banner.select(".campaign-text").text()).isEqualTo("夏季新款全场包邮");
        assertThat(banner.select("img").attr("src")).isEqualTo("/media/fair.jpg");
        assertThat(banner.select("img").attr("alt")).isNotBlank();
        assertThat(banner.select("a.campaign-enter").attr("href")).isEqualTo("/t/zhili/campaigns/summer-fair");
        assertThat(banner.select(".cards .card-title a").text()).isEqualTo("女童纯棉连衣裙");
        assertThat(banner.select(".campaign-suppliers a").text()).isEqualTo("织里强实力童装厂");
        assertThat(banner.select(".countdown")).isEmpty();
    }

    @Test
    void scheduledAndEndedCampaignsShowNothingOnTheHomePage() throws Exception {
        approved(campaigns, TestData.ZHILI,
                campaign(TestData.ZHILI, "later", "以后", null, List.of(), LocalDateTime.parse("2026-06-01T00:00"),
                        LocalDateTime.parse("2026-06-05T00:00"), LocalDateTime.parse("2026-06-08T00:00"), List.of(), List.of()),
                campaign(TestData.ZHILI, "over", "已过", null, List.of(), LocalDateTime.parse("2026-04-01T00:00"),
                        LocalDateTime.parse("2026-04-05T00:00"), LocalDateTime.parse("2026-04-08T00:00"), List.of(), List.of()));

        assertThat(perform(get("/").header("Host", "zhili.localhost")).html().select(".campaign-banner")).isEmpty();
    }

    @Test
    void festivalThemeRendersTheBannerToo() throws Exception {
        approved(campaigns, FESTIVE, festival(FESTIVE));

        var home = perform(get("/").header("Host", "festive.localhost"));

        assertThat(home.html().select(".festival-hero")).isNotEmpty();
        assertThat(home.html().select("section.campaign-banner .countdown").text()).startsWith("距开幕还有");
    }

    @Test
    void bannerTextNameAndImagesCannotInjectMarkup() throws Exception {
        approved(campaigns, TestData.ZHILI, campaign(TestData.ZHILI, "xss", "<script>alert(1)</script>",
                "<img src=x onerror=alert(2)>", List.of("javascript:alert(3)", "//evil.example/x.jpg", "/media/ok.jpg"),
                LocalDateTime.parse("2026-04-25T00:00"), LocalDateTime.parse("2026-04-28T10:00"),
                LocalDateTime.parse("2026-05-08T00:00"), List.of(), List.of()));

        for (String path : List.of("/", "/campaigns/xss", "/festivals")) {
            var page = perform(get(path).header("Host", "zhili.localhost"));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).doesNotContain("<script>alert", "<img src=x", "javascript:", "//evil.example");
            assertThat(page.html().select("script:not([type=application/ld+json]):not([src])")).isEmpty();
        }
        assertThat(perform(get("/").header("Host", "zhili.localhost")).html().select(".campaign-banner img"))
                .extracting(img -> img.attr("src")).containsExactly("/media/ok.jpg");
    }

    @Test
    void searchPageShowsBannersPlacedOnSearchWithoutReadingTheirGoods() throws Exception {
        approved(campaigns, TestData.ZHILI, placed(live(TestData.ZHILI), new Placement("banner", "search")));

        var page = perform(get("/search?q=连衣裙").header("Host", "zhili.localhost"));

        var banner = page.html().selectFirst("section.campaign-banner.campaign-live");
        assertThat(banner).isNotNull();
        assertThat(banner.select("h2 a").attr("href")).isEqualTo("/campaigns/summer-fair");
        assertThat(banner.select(".campaign-text").text()).isEqualTo("夏季新款全场包邮");
        assertThat(banner.select(".cards, .campaign-suppliers")).isEmpty();
        verify(products, never()).findByIds(any(), any());
        verify(suppliers, never()).byIds(any(), any());
        assertThat(perform(get("/").header("Host", "zhili.localhost")).html().select(".campaign-banner")).isEmpty();
    }

    @Test
    void searchPageLeavesOutBannersPlacedElsewhereAndOtherBelts() throws Exception {
        approved(campaigns, TestData.ZHILI, festival(TestData.ZHILI), placed(live(TestData.ZHILI, "everywhere")));
        approved(campaigns, TestData.YIWU, placed(live(TestData.YIWU, "yiwu-fair"), new Placement("banner", "search")));

        var page = perform(get("/t/zhili/search?q=连衣裙"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select(".campaign-banner h2 a")).extracting(a -> a.attr("href"))
                .containsExactly("/t/zhili/campaigns/everywhere");
    }

    @Test
    void liveLandingPageListsItsGoodsThroughTheSearchWithFacets() throws Exception {
        approved(campaigns, TestData.ZHILI, live(TestData.ZHILI));

        var page = perform(get("/campaigns/summer-fair").header("Host", "zhili.localhost"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("h1").text()).isEqualTo("织里童装节");
        assertThat(page.html().select(".campaign-phase").text()).isEqualTo("进行中");
        assertThat(page.html().select("#goods-title")).isNotEmpty();
        ArgumentCaptor<SearchQuery> query = ArgumentCaptor.forClass(SearchQuery.class);
        verify(search).search(eq(SearchScope.tenant(TestData.ZHILI.id())), query.capture());
        assertThat(query.getValue().productIds()).containsExactly(101L);
    }

    @Test
    void warmupLandingPageCountsDown() throws Exception {
        approved(campaigns, TestData.ZHILI, festival(TestData.ZHILI));

        var page = perform(get("/campaigns/summer-fair").header("Host", "zhili.localhost"));

        assertThat(page.html().select(".countdown").text()).isEqualTo("距开幕还有 3 天 0 小时 0 分");
        assertThat(page.html().select(".campaign-phase").text()).isEqualTo("预热中");
    }

    @Test
    void endedLandingPageSaysSoAndHidesTheGoods() throws Exception {
        approved(campaigns, TestData.ZHILI, campaign(TestData.ZHILI, "over", "已过的节", null, List.of(),
                LocalDateTime.parse("2026-04-01T00:00"), LocalDateTime.parse("2026-04-05T00:00"),
                LocalDateTime.parse("2026-04-08T00:00"), List.of(101L), List.of()));

        var page = perform(get("/campaigns/over").header("Host", "zhili.localhost"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select(".campaign-over").text()).isEqualTo("本届活动已结束，感谢关注。");
        assertThat(page.html().select("#goods-title, .cards")).isEmpty();
    }

    @Test
    void unknownAndOtherBeltsSlugsAre404() throws Exception {
        approved(campaigns, TestData.YIWU, festival(TestData.YIWU));
        approved(campaigns, TestData.ZHILI, campaign(TestData.YIWU, "leaked", "别家的", null, List.of(),
                Campaigns.WARMUP, Campaigns.LIVE, Campaigns.END, List.of(), List.of()));

        assertThat(perform(get("/campaigns/summer-fair").header("Host", "zhili.localhost")).status()).isEqualTo(404);
        assertThat(perform(get("/campaigns/leaked").header("Host", "zhili.localhost")).status()).isEqualTo(404);
        assertThat(perform(get("/campaigns/NOT..a-slug").header("Host", "zhili.localhost")).status()).isEqualTo(404);
        assertThat(perform(get("/campaigns/summer-fair").header("Host", "yiwu.localhost")).status()).isEqualTo(200);
    }

    @Test
    void festivalsPageListsTheNextTwelveMonthsWithPhasesAndTheFeed() throws Exception {
        approved(campaigns, TestData.ZHILI, festival(TestData.ZHILI), live(TestData.ZHILI, "live-fair"));

        var page = perform(get("/t/zhili/festivals"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select(".festival h2 a")).extracting(a -> a.attr("href"))
                .containsExactly("/t/zhili/campaigns/live-fair", "/t/zhili/campaigns/summer-fair");
        assertThat(page.html().select(".festival .campaign-phase")).extracting(e -> e.text()).containsExactly("进行中", "预热中");
        assertThat(page.html().select("a[type=text/calendar]").attr("href")).isEqualTo("/t/zhili/festivals.ics");
        assertThat(perform(get("/t/zhili/")).html().select(".site-nav a[href=/t/zhili/festivals]")).isNotEmpty();
    }

    @Test
    void sitemapListsTheCalendarAndApprovedLandingPages() throws Exception {
        approved(campaigns, TestData.ZHILI, festival(TestData.ZHILI));
        when(suppliers.page(any(), any())).thenReturn(new ResultPage<>(List.of(), 0, 0, 200));

        assertThat(perform(get("/sitemap-pages.xml").header("Host", "zhili.localhost")).body())
                .contains("<loc>http://zhili.localhost/festivals</loc>", "<loc>http://zhili.localhost/campaigns/summer-fair</loc>");
    }

    @Test
    void calendarFeedIsICalendarWithAbsoluteLinks() throws Exception {
        approved(campaigns, TestData.ZHILI, festival(TestData.ZHILI));

        var feed = perform(get("/t/zhili/festivals.ics"));

        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.contentType()).isEqualTo("text/calendar;charset=UTF-8");
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("URL:http://localhost/t/zhili/campaigns/summer-fair");
    }
}
