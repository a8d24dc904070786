package org.beltportal.themes.home;

import java.util.List;
import java.util.Map;

import org.beltportal.core.category.CategoryNode;
import org.beltportal.core.tenant.Branding;
import org.beltportal.core.product.Product;
import org.beltportal.core.product.ProductStatus;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.themes.PortalWebTestSupport;
import org.beltportal.themes.TestData;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.themes.TestData.ZHILI;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

class HomePageTest extends PortalWebTestSupport {

    @BeforeEach
    void zhiliHasProductsCategoriesAndNews() {
        showProducts(ZHILI, TestData.product(ZHILI, 101, "女童纯棉碎花连衣裙", ProductStatus.ACTIVE));
        when(suppliers.byIds(eq(ZHILI.id()), anyCollection()))
                .thenReturn(Map.of(11L, TestData.supplier(ZHILI, 11, "湖州织里贝朵儿童服饰有限公司")));
        when(categories.tree(ZHILI.id())).thenReturn(List.of(
                new CategoryNode(1, "女童", "女童", List.of(new CategoryNode(2, "连衣裙", "女童/连衣裙", List.of()))),
                new CategoryNode(3, "男童", "男童", List.of())));
        when(pages.visibleNews(ZHILI.id(), 3)).thenReturn(List.of(
                TestData.news(ZHILI, 1, "spring-fair", "织里童装春季订货会开幕")));
    }

    @Test
    void homeShowsBeltNameSloganCategoriesProductsAndNews() throws Exception {
        Answer answer = perform(get("/").header("Host", "zhili.localhost"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.html().title()).isEqualTo("织里童装产业带");
        assertThat(answer.html().selectFirst("h1").text()).isEqualTo("织里童装产业带");
        assertThat(answer.html().selectFirst(".hero-slogan").text()).isEqualTo("织里童装，给孩子的每一季");
        assertThat(answer.html().select(".chips li").eachText()).containsExactly("女童", "男童");
        Element card = answer.html().selectFirst(".card");
        assertThat(card.selectFirst(".card-title").text()).isEqualTo("女童纯棉碎花连衣裙");
        assertThat(card.selectFirst(".card-price").text()).isEqualTo("¥19.90 起");
        assertThat(card.selectFirst(".card-moq").text()).isEqualTo("30 件起批");
        assertThat(card.selectFirst(".card-supplier").text()).contains("湖州织里贝朵儿童服饰有限公司", "4A", "实力商家");
        assertThat(answer.html().select(".news a").eachAttr("href")).containsExactly("/news/spring-fair");
        assertThat(answer.html().selectFirst(".news a").text()).isEqualTo("织里童装春季订货会开幕");
        assertThat(answer.html().selectFirst("meta[name=description]").attr("content")).contains("给孩子的每一季");
    }

    @Test
    void homeShowsHeroImagesCategoryLinksAndFeaturedSuppliers() throws Exception {
        when(directory.branding(ZHILI.id())).thenReturn(new Branding("/media/logo.png", "#B02E63", "#FFC24B", "织里童装",
                List.of("/media/hero-1.jpg", "javascript:alert(1)", "https://cdn.example.com/hero-2.jpg"), null));
        when(suppliers.featured(ZHILI.id(), 6)).thenReturn(List.of(TestData.supplier(ZHILI, 11, "湖州织里贝朵儿童服饰有限公司")));

        Answer answer = perform(get("/").header("Host", "zhili.localhost"));

        assertThat(answer.html().select(".hero-images img").eachAttr("src"))
                .containsExactly("/media/hero-1.jpg", "https://cdn.example.com/hero-2.jpg");
        assertThat(answer.html().select(".hero-images img").eachAttr("alt")).allSatisfy(alt -> assertThat(alt).isNotBlank());
        assertThat(answer.html().select(".chips a").eachAttr("href")).containsExactly("/categories/1", "/categories/3");
        assertThat(answer.html().select(".supplier-card h3 a").eachText()).containsExactly("湖州织里贝朵儿童服饰有限公司");
        assertThat(answer.html().select(".supplier-card h3 a").eachAttr("href")).containsExactly("/suppliers/11");
        assertThat(answer.html().select(".supplier-card .badge").eachText()).containsExactly("诚信等级 4A", "实力商家");
        assertThat(answer.html().selectFirst("meta[property=og:image]").attr("content"))
                .isEqualTo("http://zhili.localhost/media/hero-1.jpg");
    }

    @Test
    void homeDescribesThePortalAsAnOrganization() throws Exception {
        when(directory.branding(ZHILI.id())).thenReturn(new Branding("/media/logo.png", null, null, null, List.of(), null));

        Answer answer = perform(get("/t/zhili/"));

        JsonNode organization = JsonMapper.builder().build().readTree(answer.html().selectFirst("script[type=application/ld+json]").data());
        assertThat(organization.get("@type").asString()).isEqualTo("Organization");
        assertThat(organization.get("name").asString()).isEqualTo("织里童装产业带");
        assertThat(organization.get("url").asString()).isEqualTo("http://localhost/t/zhili/");
        assertThat(organization.get("logo").asString()).isEqualTo("http://localhost/media/logo.png");
    }

    @Test
    void productTitleIsHtmlEscaped() throws Exception {
        showProducts(ZHILI, TestData.product(ZHILI, 101, "<script>alert(1)</script>", ProductStatus.ACTIVE));

        Answer answer = perform(get("/").header("Host", "zhili.localhost"));

        assertThat(answer.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
        assertThat(answer.html().select("script:not([type=application/ld+json]):not([src])")).isEmpty();
        assertThat(answer.html().selectFirst(".card-title").text()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void brandingReachesThePageAsCustomPropertiesFooterAndIcpNumber() throws Exception {
        Answer answer = perform(get("/").header("Host", "zhili.localhost"));

        assertThat(answer.html().selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(answer.html().selectFirst("head style").data()).contains("--primary: #b02e63", "--accent: #ffc24b");
        assertThat(answer.html().select("footer .footer-html p").eachText())
                .containsExactly("主办单位：织里镇人民政府", "技术支持：BeltPortal");
        assertThat(answer.html().selectFirst("footer .icp").text()).isEqualTo(ZHILI.icpNumber());
    }

    @Test
    void onlyActiveProductsAreAskedForAndShown() throws Exception {
        showProducts(ZHILI, TestData.product(ZHILI, 101, "在售连衣裙", ProductStatus.ACTIVE),
                TestData.product(ZHILI, 102, "已下架卫衣", ProductStatus.INACTIVE));

        Answer answer = perform(get("/").header("Host", "zhili.localhost"));

        verify(products).newestActive(ZHILI.id(), 12);
        assertThat(answer.html().select(".card-title").eachText()).containsExactly("在售连衣裙");
    }

    @Test
    void linksCarryTheBasePathWhenReachedByPrefix() throws Exception {
        Answer answer = perform(get("/t/zhili/"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.html().select(".card-title a").eachAttr("href")).containsExactly("/t/zhili/products/101?from=home");
        assertThat(answer.html().select(".news a").eachAttr("href")).containsExactly("/t/zhili/news/spring-fair");
        assertThat(answer.html().selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("/t/zhili/assets/portal.css");
        assertThat(answer.html().selectFirst("a.brand").attr("href")).isEqualTo("/t/zhili/");
        assertThat(siteLinks(answer)).isNotEmpty().allSatisfy(href -> assertThat(href).startsWith("/t/zhili/"));
    }

    @Test
    void linksStartAtTheRootOnTheBeltsOwnHost() throws Exception {
        Answer answer = perform(get("/").header("Host", "zhili.localhost"));

        assertThat(answer.html().select(".card-title a").eachAttr("href")).containsExactly("/products/101?from=home");
        assertThat(answer.html().selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("/assets/portal.css");
        assertThat(siteLinks(answer)).isNotEmpty().noneSatisfy(href -> assertThat(href).startsWith("/t/"));
    }

    @Test
    void theBeltsLogoIsItsIconAndTheSuggestionsScriptIsLinked() throws Exception {
        when(directory.branding(ZHILI.id())).thenReturn(new Branding("/media/logo.png", null, null, null, List.of(), null));

        Answer answer = perform(get("/t/zhili/"));

        assertThat(answer.html().selectFirst("link[rel=icon]").attr("href")).isEqualTo("/media/logo.png");
        assertThat(answer.html().selectFirst("script[src]").attr("src")).isEqualTo("/t/zhili/assets/suggest.js");
        assertThat(answer.html().selectFirst("#header-q").attr("data-suggest")).isEqualTo("/t/zhili/api/v1/suggest");
    }

    /** Every link and stylesheet on the page that stays on this site: not another site, not an in-page anchor, not inline data. */
    private static List<String> siteLinks(Answer answer) {
        return answer.html().select("a[href], link[href]").eachAttr("href").stream()
                .filter(href -> !href.startsWith("http:") && !href.startsWith("https:") && !href.startsWith("#")
                        && !href.startsWith("data:"))
                .toList();
    }

    private void showProducts(Tenant tenant, Product... shown) {
        when(products.newestActive(eq(tenant.id()), anyInt())).thenReturn(List.of(shown));
    }
}
