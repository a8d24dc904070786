package org.beltportal.core.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class TrustedProxiesTest {

    final TrustedProxies proxies = TrustedProxies.of(List.of("10.0.0.0/8", " 192.0.2.1 ", "fd00::/8", ""));

    private static MockHttpServletRequest from(String remote, String... forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/inquiries");
        request.setRemoteAddr(remote);
        for (String header : forwardedFor) {
            request.addHeader("X-Forwarded-For", header);
        }
        return request;
    }

    @Test
    void forwardedForFromAnUntrustedClientIsIgnored() {
        assertThat(proxies.clientOf(from("203.0.113.7", "198.51.100.1")).value()).isEqualTo("203.0.113.7");
    }

    @Test
    void trustedProxyNamesTheClient() {
        assertThat(proxies.clientOf(from("10.1.2.3", "198.51.100.1")).value()).isEqualTo("198.51.100.1");
    }

    @Test
    void rightmostUntrustedHopWinsOverWhatTheClientClaims() {
        MockHttpServletRequest request = from("10.1.2.3", "1.1.1.1, 198.51.100.1", "192.0.2.1");

        assertThat(proxies.clientOf(request).value()).isEqualTo("198.51.100.1");
    }

    @Test
    void garbageInTheChainStopsTheWalk() {
        assertThat(proxies.clientOf(from("10.1.2.3", "198.51.100.1, evil.example, 10.9.9.9")).value()).isEqualTo("10.9.9.9");
        assertThat(proxies.clientOf(from("10.1.2.3", "999.1.1.1")).value()).isEqualTo("10.1.2.3");
    }

    @Test
    void trustedProxyWithoutHeaderIsTheClient() {
        assertThat(proxies.clientOf(from("10.1.2.3")).value()).isEqualTo("10.1.2.3");
    }

    @Test
    void ipv6BlocksMatch() {
        assertThat(proxies.isTrusted("fd12:3456::1")).isTrue();
        assertThat(proxies.isTrusted("2001:db8::1")).isFalse();
        assertThat(proxies.isTrusted("192.0.2.2")).isFalse();
    }

    @Test
    void noProxiesTrustsNoHeader() {
        assertThat(TrustedProxies.of(List.of()).clientOf(from("10.1.2.3", "198.51.100.1")).value()).isEqualTo("10.1.2.3");
    }

    @Test
    void badConfigurationFailsAtStart() {
        assertThatThrownBy(() -> TrustedProxies.of(List.of("proxy.internal"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
    }
}
