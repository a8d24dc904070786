package org.beltportal.themes.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class PageRequestsTest {

    @Test
    void anonymousGetOfAPageIsAPublicPage() {
        assertThat(PageRequests.isPublicPage(new MockHttpServletRequest("GET", "/search"))).isTrue();
        assertThat(PageRequests.isPublicPage(new MockHttpServletRequest("HEAD", "/t/zhili/"))).isTrue();
    }

    @Test
    void apiAdminActuatorAssetAndMediaPathsAreNotPagesWithOrWithoutPrefix() {
        for (String path : new String[] {"/api/v1/search", "/t/zhili/api/v1/suggest", "/admin/api/v1/tenants",
                "/actuator/health", "/assets/portal.css", "/t/zhili/assets/portal.css", "/error",
                "/media/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.png", "/t/zhili/media/thumbs/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.jpg"}) {
            assertThat(PageRequests.isPublicPage(new MockHttpServletRequest("GET", path))).as(path).isFalse();
        }
    }

    @Test
    void postsAndCredentialedRequestsAreNotPages() {
        MockHttpServletRequest bearer = new MockHttpServletRequest("GET", "/");
        bearer.addHeader("Authorization", "Bearer x");
        MockHttpServletRequest session = new MockHttpServletRequest("GET", "/");
        session.setRequestedSessionId("abc");

        assertThat(PageRequests.isPublicPage(new MockHttpServletRequest("POST", "/inquiries"))).isFalse();
        assertThat(PageRequests.isPublicPage(bearer)).isFalse();
        assertThat(PageRequests.isPublicPage(session)).isFalse();
    }
}
