package org.beltportal.themes.site;

import org.beltportal.themes.PortalWebTestSupport;
import org.beltportal.themes.TestData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

class NotFoundPageTest extends PortalWebTestSupport {

    @Test
    void missingProductAnswersA404PageInTheBeltsOwnLook() throws Exception {
        Answer answer = perform(get("/t/zhili/products/999"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.html().title()).isEqualTo("页面不存在 - 织里童装产业带");
        assertThat(answer.html().selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(answer.html().selectFirst("head style").data()).contains("--primary: #b02e63");
        assertThat(answer.html().selectFirst(".not-found a").attr("href")).isEqualTo("/t/zhili/");
        assertThat(answer.html().selectFirst("footer .icp").text()).isEqualTo(TestData.ZHILI.icpNumber());
    }

    @Test
    void notFoundPageIsNotAJsonError() throws Exception {
        Answer answer = perform(get("/products/999").header("Host", "yiwu.localhost"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).doesNotContain("\"error\"");
        assertThat(answer.html().selectFirst("a.brand").text()).isEqualTo("义乌小商品产业带");
    }
}
