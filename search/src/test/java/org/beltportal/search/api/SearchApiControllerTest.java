package org.beltportal.search.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.beltportal.core.campaign.web.PortalClock;
import org.beltportal.core.campaign.web.PortalMoment;
import org.beltportal.core.region.RegionBelts;
import org.beltportal.core.system.web.ApiExceptionHandler;
import org.beltportal.core.insight.InsightRecorder;
import org.beltportal.core.insight.SearchSeen;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantDirectory;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.tenant.TenantStatus;
import org.beltportal.core.tenant.web.TenantWebConfiguration;
import org.beltportal.search.query.ProductSearch;
import org.beltportal.search.query.SearchItem;
import org.beltportal.search.query.ProductSuggest;
import org.beltportal.search.query.SearchQuery;
import org.beltportal.search.query.SearchResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search API's web slice with the search mocked: what a query string may hold, and that every
 * parameter the search cannot use is a quick 400 naming it, never a 500.
 */
@WebMvcTest(SearchApiController.class)
@Import({TenantWebConfiguration.class, ApiExceptionHandler.class})
class SearchApiControllerTest {

    static final Instant NOW = Instant.parse("2026-05-01T02:00:00Z");
    static final Tenant ZHILI = new Tenant(new TenantId(1), "zhili", "织里", null, null, "zh-CN", "Asia/Shanghai",
            "default", TenantStatus.ACTIVE, null, NOW, NOW);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    TenantDirectory directory;
    @MockitoBean
    TenantService tenants;
    @MockitoBean
    ProductSearch search;
    @MockitoBean
    ProductSuggest suggest;
    @MockitoBean
    PortalClock clock;
    @MockitoBean
    LiveCampaignProducts live;
    @MockitoBean
    RegionBelts regionBelts;
    @MockitoBean
    InsightRecorder insight;

    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void zhili() {
        given(directory.bySlug("zhili")).willReturn(Optional.of(ZHILI));
        given(clock.moment(any(), any())).willReturn(new PortalMoment(NOW, false));
        given(live.at(any(), any())).willReturn(Map.of());
        given(search.search(any(), any())).willReturn(new SearchResult(0, List.of(), Map.of(), null));
        given(suggest.suggest(any(), anyString(), anyInt())).willReturn(List.of());
    }

    record Answer(int status, JsonNode body) {
        String field() {
            return body.get("details").get(0).get("field").asString();
        }
    }

    private Answer perform(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        return new Answer(response.getStatus(), json.readTree(response.getContentAsString(StandardCharsets.UTF_8)));
    }

    private Answer search(String name, String... values) throws Exception {
        return perform(get("/t/zhili/api/v1/search").param(name, values));
    }

    @Test
    void aSearchWithTextIsCountedOnceWithItsLanguageAndLaterPagesAreNot() throws Exception {
        mvc.perform(get("/t/zhili/api/v1/search").param("q", "袜子").param("lang", "en").header("User-Agent", "Firefox"));
        mvc.perform(get("/t/zhili/api/v1/search").param("q", "袜子").param("lang", "xx"));
        mvc.perform(get("/t/zhili/api/v1/search").param("q", "袜子").param("cursor", "abc"));

        then(insight).should().search(ZHILI, "Firefox", new SearchSeen("袜子", "en", 0, true));
        then(insight).should().search(ZHILI, null, new SearchSeen("袜子", "zh-CN", 0, true));
        then(insight).shouldHaveNoMoreInteractions();
    }

    @Test
    void numbersWithHugeExponentsOrTooManyDigitsAre400NamingTheParameter() throws Exception {
        for (String parameter : List.of("priceMin", "priceMax", "moqMax", "size")) {
            for (String bad : List.of("1e999999999", "1E-999999999", "1e99", "99999999999999999999999", "-1e5", "NaN",
                    "Infinity", "0x10", "1_000", "１２", "12abc", " ", "1,2")) {
                if (bad.isBlank()) {
                    continue;
                }
                Answer answer = search(parameter, bad);
                assertThat(answer.status()).as(parameter + "=" + bad).isEqualTo(400);
                assertThat(answer.body().get("error").asString()).isEqualTo("bad_request");
                assertThat(answer.field()).as(parameter + "=" + bad).isEqualTo(parameter);
            }
        }
    }

    @Test
    void pricesAreBoundedAsProductsAreAndSizesAsSearchesAre() throws Exception {
        assertThat(search("priceMax", "1000000000").field()).isEqualTo("priceMax");
        assertThat(search("priceMin", "-0.01").field()).isEqualTo("priceMin");
        assertThat(search("size", "101").field()).isEqualTo("size");
        assertThat(search("size", "0").field()).isEqualTo("size");
        assertThat(search("moqMax", "0").field()).isEqualTo("moqMax");
        assertThat(search("moqMax", "1000000001").field()).isEqualTo("moqMax");
        assertThat(search("size", "99999999999999999999").field()).isEqualTo("size");
    }

    @Test
    void repeatedNumbersAre400ButRepeatedCapabilitiesAreAList() throws Exception {
        assertThat(search("priceMin", "1", "2").field()).isEqualTo("priceMin");
        assertThat(search("size", "5", "5").field()).isEqualTo("size");
        assertThat(search("capability", "samples", "custom").status()).isEqualTo(200);
    }

    @Test
    void verifiedIsTrueOrFalseOnly() throws Exception {
        for (String bad : List.of("maybe", "1", "yes", "TRUE ", "true,false")) {
            assertThat(search("verified", bad).field()).as(bad).isEqualTo("verified");
        }
        assertThat(search("verified", "false").status()).isEqualTo(200);
    }

    @Test
    void ratingsInOtherScriptsAre400NotLookalikes() throws Exception {
        for (String bad : List.of("④A", "４A", "4А", "4a\u0000", "Ⅳ")) {
            assertThat(search("rating", bad).field()).as(bad).isEqualTo("rating");
        }
    }

    @Test
    void queryTextOverTheLimitIs400AndLongPastedTitlesAreCut() throws Exception {
        assertThat(search("q", "袜".repeat(1_001)).field()).isEqualTo("q");
        assertThat(search("q", "袜".repeat(1_000)).status()).isEqualTo(200);
        Answer suggested = perform(get("/t/zhili/api/v1/suggest").param("q", "w".repeat(1_001)));
        assertThat(suggested.status()).isEqualTo(400);
        assertThat(suggested.field()).isEqualTo("q");
    }

    @Test
    void validNumbersReachTheSearchExactly() throws Exception {
        Answer answer = perform(get("/t/zhili/api/v1/search").param("priceMin", "0.5").param("priceMax", "999999999.99")
                .param("moqMax", "30").param("size", "100").param("verified", "true"));

        assertThat(answer.status()).isEqualTo(200);
        ArgumentCaptor<SearchQuery> query = ArgumentCaptor.forClass(SearchQuery.class);
        verify(search).search(any(), query.capture());
        assertThat(query.getValue().priceMin()).isEqualByComparingTo("0.5");
        assertThat(query.getValue().priceMax()).isEqualByComparingTo("999999999.99");
        assertThat(query.getValue().moqMax()).isEqualTo(30);
        assertThat(query.getValue().size()).isEqualTo(100);
        assertThat(query.getValue().verified()).isTrue();
    }

    @Test
    void suggestSizeIsParsedTheSameWay() throws Exception {
        for (String bad : List.of("1e5", "99999999999999999999", "0", "11", "x")) {
            Answer answer = perform(get("/t/zhili/api/v1/suggest").param("q", "wazi").param("size", bad));
            assertThat(answer.status()).as(bad).isEqualTo(400);
            assertThat(answer.field()).isEqualTo("size");
        }
        perform(get("/t/zhili/api/v1/suggest").param("q", "wazi").param("size", "3"));
        verify(suggest).suggest(eq(ZHILI.id()), eq("wazi"), eq(3));
    }

    @Test
    void aTextThatFindsNothingAndHasNoOtherRescueOffersTheBeltsFestivals() throws Exception {
        given(live.festivals(any(), any())).willReturn(List.of(new SearchItem.Campaign("spring-fair", "春季商人节")));

        Answer answer = search("q", "拖拉机");

        assertThat(answer.body().get("rescue").asString()).isEqualTo("festivals");
        assertThat(answer.body().get("originalQuery").asString()).isEqualTo("拖拉机");
        assertThat(answer.body().get("festivals").get(0).get("slug").asString()).isEqualTo("spring-fair");
        assertThat(answer.body().get("correctedQuery").isNull()).isTrue();
        assertThat(answer.body().has("nextCursor")).isTrue();
    }

    @Test
    void exactIsOneOrZeroAndReachesTheSearch() throws Exception {
        assertThat(search("exact", "1").status()).isEqualTo(200);
        ArgumentCaptor<SearchQuery> query = ArgumentCaptor.forClass(SearchQuery.class);
        verify(search).search(any(), query.capture());
        assertThat(query.getValue().exact()).isTrue();
        assertThat(search("exact", "yes").field()).isEqualTo("exact");
    }
}
