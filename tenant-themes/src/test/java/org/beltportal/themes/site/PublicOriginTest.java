package org.beltportal.themes.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.beltportal.core.tenant.web.Site;
import org.beltportal.themes.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The origin of absolute URLs: which Host headers are believed, which fallback and which port otherwise. */
class PublicOriginTest {

    static final Site.TenantSite BY_HOST = new Site.TenantSite(TestData.ZHILI, "");
    static final Site.TenantSite BY_PREFIX = new Site.TenantSite(TestData.ZHILI, "/t/zhili");

    static MockHttpServletRequest request(String scheme, String host, int localPort) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setScheme(scheme);
        request.addHeader("Host", host);
        request.setLocalPort(localPort);
        return request;
    }

    @Test
    void thePortTheServerListensOnIsKeptAndAnyOtherDropped() {
        PublicOrigin origin = new PublicOrigin(List.of("portal.example.cn"));

        assertThat(origin.of(BY_PREFIX, request("http", "portal.example.cn:8080", 8080))).isEqualTo("http://portal.example.cn:8080");
        assertThat(origin.of(BY_PREFIX, request("http", "portal.example.cn:9999", 8080))).isEqualTo("http://portal.example.cn");
        assertThat(origin.of(BY_HOST, request("https", "zhili.example.cn:443", 443))).isEqualTo("https://zhili.example.cn");
    }

    @Test
    void anUnknownHostUnderThePrefixBecomesTheFirstPlatformHostOrLocalhostWithoutAny() {
        MockHttpServletRequest forged = request("https", "Evil.Example.", 443);

        assertThat(new PublicOrigin(List.of("Portal.Example.CN", "localhost")).of(BY_PREFIX, forged)).isEqualTo("https://portal.example.cn");
        assertThat(new PublicOrigin(List.of("", " ")).of(BY_PREFIX, forged)).isEqualTo("https://localhost");
        assertThat(new PublicOrigin(List.of("localhost")).of(new Site.PlatformSite(), request("http", "localhost", 80)))
                .isEqualTo("http://localhost");
    }
}
