package org.beltportal.themes.cache;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class PageKeysTest {

    @Test
    void parameterOrderAndPercentEncodingDoNotSplitEntries() {
        assertThat(PageKeys.normalisedQuery("q=%E8%A2%9C&sort=price_asc"))
                .isEqualTo(PageKeys.normalisedQuery("sort=price_asc&q=袜"))
                .isEqualTo(PageKeys.normalisedQuery("sort=price_asc&&q=%E8%A2%9C"));
    }

    @Test
    void aResultLinksPositionDoesNotSplitEntriesButItsSourceDoes() {
        assertThat(PageKeys.normalisedQuery("from=search&pos=1")).isEqualTo(PageKeys.normalisedQuery("pos=7&from=search"))
                .isEqualTo(PageKeys.normalisedQuery("from=search"));
        assertThat(PageKeys.normalisedQuery("from=search&pos=1")).isNotEqualTo(PageKeys.normalisedQuery("from=home"));
    }

    @Test
    void repeatedParametersKeepTheirOrder() {
        assertThat(PageKeys.normalisedQuery("rating=5A&q=x&rating=4A")).contains("q=x&rating=5A&rating=4A");
    }

    @Test
    void differentValuesGiveDifferentQueries() {
        assertThat(PageKeys.normalisedQuery("q=a")).isNotEqualTo(PageKeys.normalisedQuery("q=b"));
        assertThat(PageKeys.normalisedQuery("lang=en")).isNotEqualTo(PageKeys.normalisedQuery("lang=zh-TW"));
    }

    @Test
    void malformedQueryIsNotKeyed() {
        assertThat(PageKeys.normalisedQuery("q=%E8%A2")).isPresent();
        assertThat(PageKeys.of(request("/search", "q=%zz"), 1, 0)).isEmpty();
    }

    @Test
    void previewAtIsNeverKeyed() {
        assertThat(PageKeys.of(request("/", "at=2026-12-01T10:00"), 1, 0)).isEmpty();
        assertThat(PageKeys.of(request("/", "q=x&at="), 1, 0)).isEmpty();
    }

    @Test
    void keyHoldsTenantGenerationLangCookieHostAndPathWithItsBase() {
        MockHttpServletRequest request = request("/t/zhili/search", "q=裙");
        request.setCookies(new Cookie(PageKeys.LANG, "en"));

        PageKey key = PageKeys.of(request, 7, 3).orElseThrow();

        assertThat(key.tenant()).isEqualTo(7);
        assertThat(key.generation()).isEqualTo(3);
        assertThat(key.langCookie()).isEqualTo("en");
        assertThat(key.origin()).isEqualTo("http://localhost");
        assertThat(key.path()).isEqualTo("/t/zhili/search");
        assertThat(PageKeys.of(request("/t/zhili/search", "q=裙"), 7, 3).orElseThrow()).isNotEqualTo(key);
        assertThat(PageKeys.of(request, 8, 3).orElseThrow()).isNotEqualTo(key);
        assertThat(PageKeys.of(request, 7, 4).orElseThrow()).isNotEqualTo(key);
    }

    @Test
    void hostIsPartOfTheKey() {
        MockHttpServletRequest other = new MockHttpServletRequest("GET", "/");
        other.addHeader("Host", "zhili.example.cn");
        assertThat(PageKeys.of(other, 1, 0)).isNotEqualTo(PageKeys.of(request("/", null), 1, 0));
    }

    @Test
    void oversizedLangCookieIsNotKeyed() {
        MockHttpServletRequest request = request("/", null);
        request.setCookies(new Cookie(PageKeys.LANG, "x".repeat(100)));
        assertThat(PageKeys.of(request, 1, 0)).isEmpty();
    }

    static MockHttpServletRequest request(String uri, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setQueryString(query);
        request.addHeader("Host", "localhost");
        return request;
    }
}
