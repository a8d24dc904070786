package org.beltportal.themes.site;

import java.util.Optional;

import org.beltportal.core.tenant.web.Site;
import org.beltportal.core.tenant.web.SuspendedPortalPage;
import org.beltportal.themes.PortalWebTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.themes.TestData.BAIGOU;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A suspended belt: core's filter answers 503 with Retry-After and forwards to the themed notice. MockMvc
 * records the forward rather than following it, so the notice is asked for as the forward would ask: with
 * the suspended site in the request (on the platform host, which the filter lets through untouched).
 */
class SuspendedPortalPageTest extends PortalWebTestSupport {

    @BeforeEach
    void baigouIsSuspended() {
        when(directory.byHost("baigou.localhost")).thenReturn(Optional.of(BAIGOU));
        when(directory.bySlug("baigou")).thenReturn(Optional.of(BAIGOU));
    }

    @Test
    void suspendedBeltIsForwardedToTheNoticeWith503AndRetryAfter() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/products/1").header("Host", "baigou.localhost"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("3600");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(response.getForwardedUrl()).isEqualTo("/portal-suspended");
    }

    @Test
    void noticeIsInTheBeltsLookAndLanguage() throws Exception {
        Answer answer = perform(get("/portal-suspended").header("Host", "localhost").param("lang", "en")
                .requestAttr(SuspendedPortalPage.ATTRIBUTE, new Site.TenantSite(BAIGOU, "/t/baigou")));

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.html().selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(answer.html().selectFirst("h1").text()).isEqualTo("Temporarily unavailable");
        assertThat(answer.html().selectFirst(".not-found p").text()).contains("Baigou Luggage Belt");
        assertThat(answer.html().selectFirst("a.brand").attr("href")).isEqualTo("/t/baigou/");
        assertThat(answer.html().selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
    }

    @Test
    void noticeAnswersAPostToo() throws Exception {
        assertThat(perform(post("/portal-suspended").header("Host", "localhost")
                .requestAttr(SuspendedPortalPage.ATTRIBUTE, new Site.TenantSite(BAIGOU, ""))).status()).isEqualTo(503);
    }

    @Test
    void noticeAskedForDirectlyIsNotFound() throws Exception {
        assertThat(perform(get("/portal-suspended").header("Host", "zhili.localhost")).status()).isEqualTo(404);
    }
}
