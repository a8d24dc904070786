package org.beltportal.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostnamesTest {

    @Test
    void hostHeaderLosesPortAndCase() {
        assertThat(Hostnames.fromHostHeader("Yiwu.LocalHost:8080")).contains("yiwu.localhost");
    }

    @Test
    void trailingDotIsTheSameHost() {
        assertThat(Hostnames.normalise("yiwu.example.gov.cn.")).contains("yiwu.example.gov.cn");
    }

    @Test
    void hostileHostHeadersAreRefused() {
        assertThat(Hostnames.fromHostHeader("yiwu.localhost/../admin")).isEmpty();
        assertThat(Hostnames.fromHostHeader("yiwu.localhost:80abc")).isEmpty();
        assertThat(Hostnames.fromHostHeader("<script>.example")).isEmpty();
        assertThat(Hostnames.fromHostHeader("a".repeat(400))).isEmpty();
        assertThat(Hostnames.fromHostHeader("")).isEmpty();
        assertThat(Hostnames.fromHostHeader(null)).isEmpty();
        assertThat(Hostnames.normalise("义乌.localhost")).isEmpty();
    }
}
