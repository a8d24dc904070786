package org.beltportal.themes.platform;

import java.util.List;

import org.beltportal.themes.PortalWebTestSupport;
import org.beltportal.themes.TestData;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

class PlatformPageTest extends PortalWebTestSupport {

    @Test
    void platformHostListsActiveBeltsWithHostAndPrefixLinks() throws Exception {
        when(tenants.all()).thenReturn(List.of(TestData.ZHILI, TestData.BAIGOU, TestData.YIWU));

        Answer answer = perform(get("/").header("Host", "localhost:8091").with(listeningOn(8091)));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.html().select(".belt h3").eachText()).containsExactly("织里童装产业带", "义乌小商品产业带");
        Element zhili = answer.html().selectFirst(".belt");
        assertThat(zhili.selectFirst(".belt-en").text()).isEqualTo("Zhili Children's Wear Belt");
        assertThat(zhili.selectFirst(".belt-region").text()).isEqualTo(TestData.ZHILI.region());
        assertThat(zhili.select(".belt-links a").eachAttr("href"))
                .containsExactly("http://zhili.localhost:8091/", "/t/zhili/");
    }

    @Test
    void aForgedPortNeverReachesTheBeltLinks() throws Exception {
        when(tenants.all()).thenReturn(List.of(TestData.ZHILI));

        Answer answer = perform(get("/").header("Host", "localhost:6666").with(listeningOn(8091)));

        assertThat(answer.html().select(".belt-links a").eachAttr("href")).containsExactly("http://zhili.localhost/", "/t/zhili/");
    }

    private static RequestPostProcessor listeningOn(int port) {
        return request -> {
            request.setLocalPort(port);
            return request;
        };
    }

    @Test
    void beltPagesAnswer404OnThePlatformHost() throws Exception {
        Answer answer = perform(get("/products/101").header("Host", "localhost"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.html().selectFirst("h1").text()).isEqualTo("页面不存在");
        assertThat(answer.html().selectFirst("a.brand").text()).isEqualTo("BeltPortal 产业带门户");
    }
}
