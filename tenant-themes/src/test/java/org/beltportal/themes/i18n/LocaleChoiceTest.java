package org.beltportal.themes.i18n;

import java.util.Optional;

import jakarta.servlet.http.Cookie;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.TenantStatus;
import org.beltportal.themes.PortalWebTestSupport;
import org.beltportal.themes.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

class LocaleChoiceTest extends PortalWebTestSupport {

    @Test
    void langParameterSwitchesThePageAndIsRememberedInACookie() throws Exception {
        Answer answer = perform(get("/").header("Host", "zhili.localhost").param("lang", "en"));

        assertThat(answer.html().selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(answer.html().selectFirst("#products-title").text()).isEqualTo("Latest products");
        assertThat(answer.html().title()).isEqualTo("Zhili Children's Wear Belt");
        String cookie = answer.response().getHeader("Set-Cookie");
        assertThat(cookie).startsWith("portal_lang=en;").contains("Path=/;", "HttpOnly", "SameSite=Lax", "Max-Age=");
        assertThat(answer.response().getHeader("Content-Language")).isEqualTo("en");
        assertThat(answer.response().getHeaders("Vary")).contains("Cookie");
    }

    @Test
    void cookieChoosesTheLanguageWhenThereIsNoParameter() throws Exception {
        Answer answer = perform(get("/").header("Host", "zhili.localhost").cookie(new Cookie("portal_lang", "zh-TW")));

        assertThat(answer.html().selectFirst("html").attr("lang")).isEqualTo("zh-TW");
        assertThat(answer.html().selectFirst("#products-title").text()).isEqualTo("最新商品");
        assertThat(answer.html().selectFirst(".skip-link").text()).isEqualTo("跳到正文");
        assertThat(answer.html().selectFirst(".site-nav a[href=/news]").text()).isEqualTo("資訊");
    }

    @Test
    void parameterWinsOverTheCookie() throws Exception {
        Answer answer = perform(get("/").header("Host", "zhili.localhost").param("lang", "zh-CN")
                .cookie(new Cookie("portal_lang", "en")));

        assertThat(answer.html().selectFirst("html").attr("lang")).isEqualTo("zh-CN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "", "zh", "en;Path=/admin", "<script>"})
    void invalidLanguagesAreIgnored(String lang) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/").header("Host", "zhili.localhost").param("lang", lang)
                .cookie(new Cookie("portal_lang", "klingon"))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Set-Cookie")).isNull();
        assertThat(response.getContentAsString()).contains("<html lang=\"zh-CN\">");
    }

    @Test
    void portalDefaultLocaleAppliesToNewVisitors() throws Exception {
        Tenant taiwanese = new Tenant(new TenantId(9), "tainan", "台南紡織產業帶", "Tainan Textiles",
                "台南", "zh-TW", "Asia/Taipei", "default", TenantStatus.ACTIVE, null, TestData.NOW, TestData.NOW);
        when(directory.bySlug("tainan")).thenReturn(Optional.of(taiwanese));

        Answer answer = perform(get("/t/tainan/"));

        assertThat(answer.html().selectFirst("html").attr("lang")).isEqualTo("zh-TW");
        assertThat(answer.html().selectFirst("link[rel=canonical]").attr("href")).isEqualTo("http://localhost/t/tainan/");
    }

    @Test
    void cookieOfAPrefixedPortalIsScopedToItsPrefix() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/t/yiwu/").param("lang", "zh-TW")).andReturn().getResponse();

        assertThat(response.getHeader("Set-Cookie")).contains("Path=/t/yiwu/;");
    }

    @Test
    void switcherLinksToThisPageInEveryLanguageWithoutJavaScript() throws Exception {
        Answer answer = perform(get("/").header("Host", "zhili.localhost").param("lang", "en").param("utm_source", "x"));

        assertThat(answer.html().select(".lang-switch a").eachAttr("href"))
                .containsExactly("http://zhili.localhost/?lang=zh-CN", "http://zhili.localhost/?lang=zh-TW");
        assertThat(answer.html().select(".lang-switch [aria-current]").text()).isEqualTo("English");
        assertThat(answer.html().select(".lang-switch a").eachAttr("lang")).containsExactly("zh-CN", "zh-TW");
    }
}
