package org.beltportal.themes.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.beltportal.core.category.Category;
import org.beltportal.search.query.SearchItem;
import org.beltportal.search.query.SearchQuery;
import org.beltportal.search.query.SearchResult;
import org.beltportal.search.query.SearchResult.FacetCount;
import org.beltportal.search.query.SearchScope;
import org.beltportal.search.query.SearchSort;
import org.beltportal.themes.PortalWebTestSupport;
import org.beltportal.themes.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class SearchPageTest extends PortalWebTestSupport {

    @BeforeEach
    void oneResult() {
        SearchItem dress = new SearchItem(101, "SKU-101", "女童<script>alert(1)</script>连衣裙", null,
                "女童&lt;script&gt;alert(1)&lt;/script&gt;<em>连衣裙</em>", new BigDecimal("19.9"), 30, "件", "童装/女童",
                new SearchItem.Supplier(11, "织里服饰", "4A", true), null);
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        facets.put("category", List.of(new FacetCount("女童", 1)));
        facets.put("rating", List.of(new FacetCount("4A", 1)));
        facets.put("priceBand", List.of(new FacetCount("5-20", 1)));
        when(search.search(any(), any())).thenReturn(new SearchResult(1, List.of(dress), facets, "CURSOR1"));
    }

    @Test
    void resultsShowHighlightButNeverTheRawTitle() throws Exception {
        Answer page = perform(get("/search").param("q", "連衣裙").header("Host", "zhili.localhost"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select(".card-title a em").text()).isEqualTo("连衣裙");
        assertThat(page.body()).doesNotContain("<script>alert(1)");
        assertThat(page.html().select(".card-price").text()).contains("¥19.90");
        assertThat(page.html().select("#search-q").attr("value")).isEqualTo("連衣裙");
    }

    @Test
    void englishPagesShowEnglishTitlesAndChineseWhereThereIsNone() throws Exception {
        SearchItem.Supplier supplier = new SearchItem.Supplier(11, "织里服饰", "4A", true);
        SearchItem withEnglish = new SearchItem(101, "SKU-101", "女童连衣裙", "Girls' <b>dress</b>", "女童<em>连衣裙</em>",
                new BigDecimal("19.9"), 30, "件", "童装/女童", supplier, null);
        SearchItem chineseOnly = new SearchItem(102, "SKU-102", "纯棉连衣裙", null, "纯棉<em>连衣裙</em>",
                new BigDecimal("29.9"), 30, "件", "童装/女童", supplier, null);
        when(search.search(any(), any())).thenReturn(new SearchResult(2, List.of(withEnglish, chineseOnly), Map.of(), null));

        Answer english = perform(get("/t/zhili/search").param("q", "连衣裙").param("lang", "en"));
        assertThat(english.html().select(".card-title a").eachText()).containsExactly("Girls' <b>dress</b>", "纯棉连衣裙");
        assertThat(english.html().select(".card-title b")).isEmpty();
        assertThat(english.html().select(".card-title em").eachText()).containsExactly("连衣裙");

        Answer chinese = perform(get("/t/zhili/search").param("q", "连衣裙"));
        assertThat(chinese.html().select(".card-title a").eachText()).containsExactly("女童连衣裙", "纯棉连衣裙");
    }

    @Test
    void searchIsScopedToTheResolvedBelt() throws Exception {
        perform(get("/t/yiwu/search").param("q", "袜子"));

        ArgumentCaptor<SearchScope> scope = ArgumentCaptor.forClass(SearchScope.class);
        verify(search).search(scope.capture(), any());
        assertThat(scope.getValue()).isEqualTo(SearchScope.tenant(TestData.YIWU.id()));
    }

    @Test
    void facetsSortsAndNextPageAreLinksThatKeepTheSearch() throws Exception {
        Answer page = perform(get("/t/zhili/search").param("q", "裙").param("rating", "4A"));

        assertThat(page.html().select(".facet a").eachAttr("href")).contains(
                "/t/zhili/search?q=%E8%A3%99&rating=4A&category=%E5%A5%B3%E7%AB%A5",
                "/t/zhili/search?q=%E8%A3%99&rating=4A&priceMin=5&priceMax=19.99");
        assertThat(page.html().select(".sorts a").eachAttr("href")).contains("/t/zhili/search?q=%E8%A3%99&rating=4A&sort=price_asc");
        assertThat(page.html().select("a[rel=next]").attr("href")).isEqualTo("/t/zhili/search?q=%E8%A3%99&rating=4A&cursor=CURSOR1");
        assertThat(page.html().select(".active-filters a").attr("href")).isEqualTo("/t/zhili/search?q=%E8%A3%99");
    }

    @Test
    void activeFiltersReadAsWordsNotCodes() throws Exception {
        Answer page = perform(get("/t/zhili/search").param("q", "裙").param("verified", "true").param("capability", "samples"));

        assertThat(page.html().select(".active-filters a").eachText())
                .anySatisfy(text -> assertThat(text).contains("实力商家").doesNotContain("true"))
                .anySatisfy(text -> assertThat(text).contains("支持拿样").doesNotContain("samples"));
    }

    @Test
    void filtersReachTheSearch() throws Exception {
        perform(get("/search").header("Host", "zhili.localhost").param("category", "童装/女童").param("verified", "true")
                .param("capability", "samples").param("priceMax", "20").param("sort", "price_asc"));

        ArgumentCaptor<SearchQuery> query = ArgumentCaptor.forClass(SearchQuery.class);
        verify(search).search(eq(SearchScope.tenant(TestData.ZHILI.id())), query.capture());
        assertThat(query.getValue().category()).isEqualTo("童装/女童");
        assertThat(query.getValue().verified()).isTrue();
        assertThat(query.getValue().priceMax()).isEqualByComparingTo("20");
        assertThat(query.getValue().sort()).isEqualTo(SearchSort.PRICE_ASC);
    }

    @Test
    void unusableParametersGiveThePageWithAMessageAnd400() throws Exception {
        Answer page = perform(get("/search").header("Host", "zhili.localhost").param("rating", "9A"));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html().select("[role=alert]").text()).contains("rating: must be one of 1A");
    }

    @Test
    void numbersTheSearchCannotUseGiveThePageWithTheParameterNamedAnd400() throws Exception {
        for (String[] bad : List.of(new String[] {"priceMin", "1e99"}, new String[] {"priceMax", "99999999999999999999999"},
                new String[] {"moqMax", "2.5"}, new String[] {"size", "99999999999999999999"},
                new String[] {"verified", "maybe"}, new String[] {"priceMin", "1e999999999"}, new String[] {"q", "袜".repeat(1_001)})) {
            Answer page = perform(get("/search").header("Host", "zhili.localhost").param(bad[0], bad[1]));

            assertThat(page.status()).as(bad[0] + "=" + bad[1]).isEqualTo(400);
            assertThat(page.html().select("[role=alert]").text()).as(bad[0]).contains(bad[0] + ":");
            assertThat(page.html().select("#search-q")).as("the search form is still there").isNotEmpty();
        }
    }

    @Test
    void aBadNumberOnACategoryOrCampaignPageIsThatPageWithAMessage() throws Exception {
        when(categories.find(TestData.ZHILI.id(), 5)).thenReturn(
                Optional.of(new Category(5, TestData.ZHILI.id(), null, "女童", "女童", 0)));
        when(categories.tree(TestData.ZHILI.id())).thenReturn(List.of());

        Answer page = perform(get("/categories/5").header("Host", "zhili.localhost").param("priceMax", "1e99"));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html().select("[role=alert]").text()).contains("priceMax:");
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("女童");
    }

    private static SearchResult rescued(String how, String typed, String searched, String dropped, List<FacetCount> categories,
                                        List<SearchItem.Campaign> festivals, long total) {
        return new SearchResult(total, List.of(), Map.of(), total > 0 ? "NEXT" : null, how, typed, searched, dropped,
                categories, festivals);
    }

    @Test
    void aCorrectedSearchSaysWhatWasSearchedAndLinksToTheTextAsTyped() throws Exception {
        when(search.search(any(), any())).thenReturn(rescued("corrected", "连衣群", "连衣裙", null, null, null, 1));

        Answer page = perform(get("/t/zhili/search").param("q", "连衣群"));

        assertThat(page.html().select(".rescue.corrected").text()).contains("显示“连衣裙”的搜索结果").contains("仍然搜索“连衣群”");
        assertThat(page.html().select(".rescue.corrected a").attr("href"))
                .isEqualTo("/t/zhili/search?q=%E8%BF%9E%E8%A1%A3%E7%BE%A4&exact=1");
        // The next page continues the corrected text, exactly.
        assertThat(page.html().select("a[rel=next]").attr("href"))
                .isEqualTo("/t/zhili/search?q=%E8%BF%9E%E8%A1%A3%E8%A3%99&exact=1&cursor=NEXT");
        Answer english = perform(get("/t/zhili/search").param("q", "连衣群").param("lang", "en"));
        assertThat(english.html().select(".rescue.corrected").text()).contains("Showing results for 连衣裙", "Search instead for 连衣群");
    }

    @Test
    void exactReachesTheSearchAndAnythingElseIsRefused() throws Exception {
        perform(get("/search").header("Host", "zhili.localhost").param("q", "连衣群").param("exact", "1"));
        ArgumentCaptor<SearchQuery> query = ArgumentCaptor.forClass(SearchQuery.class);
        verify(search).search(any(), query.capture());
        assertThat(query.getValue().exact()).isTrue();

        assertThat(perform(get("/search").header("Host", "zhili.localhost").param("exact", "maybe")).status()).isEqualTo(400);
    }

    @Test
    void relaxedCategoriesAndFestivalsAreLabelledAndNothingFoundStillOffersAWayOn() throws Exception {
        when(search.search(any(), any())).thenReturn(rescued("relaxed", "连衣裙 拖拉机", "连衣裙", "拖拉机", null, null, 1));
        assertThat(perform(get("/t/zhili/search").param("q", "连衣裙 拖拉机")).html().select(".rescue.relaxed").text())
                .contains("去掉了“拖拉机”");

        when(search.search(any(), any())).thenReturn(rescued("categories", "裙<b>", null, null,
                List.of(new FacetCount("童装/女童/连衣裙", 2)), null, 0));
        Answer categories = perform(get("/t/zhili/search").param("q", "裙<b>"));
        assertThat(categories.html().select(".rescue.categories a").attr("href"))
                .isEqualTo("/t/zhili/search?category=%E7%AB%A5%E8%A3%85%2F%E5%A5%B3%E7%AB%A5%2F%E8%BF%9E%E8%A1%A3%E8%A3%99");
        assertThat(categories.body()).doesNotContain("裙<b>");

        when(search.search(any(), any())).thenReturn(rescued("festivals", "拖拉机", null, null, null,
                List.of(new SearchItem.Campaign("spring-fair", "春季商人节")), 0));
        Answer festivals = perform(get("/t/zhili/search").param("q", "拖拉机"));
        assertThat(festivals.html().select(".rescue.festivals a").attr("href")).isEqualTo("/t/zhili/campaigns/spring-fair");
        assertThat(festivals.html().select(".rescue.festivals a").text()).isEqualTo("春季商人节");

        when(search.search(any(), any())).thenReturn(new SearchResult(0, List.of(), Map.of(), null));
        Answer nothing = perform(get("/t/zhili/search").param("q", "拖拉机"));
        assertThat(nothing.html().select(".rescue.browse a").attr("href")).isEqualTo("/t/zhili/search");
    }
}
