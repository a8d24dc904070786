package org.beltportal.themes.site;

import java.util.List;
import java.util.Optional;

import org.beltportal.core.product.Product;
import org.beltportal.core.product.ProductStatus;
import org.beltportal.core.system.ResultPage;
import org.beltportal.themes.PortalWebTestSupport;
import org.beltportal.themes.TestData;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.themes.TestData.ZHILI;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Title, description, canonical, Open Graph, hreflang and schema.org data of the pages. */
class SeoTest extends PortalWebTestSupport {

    private static final String HOSTILE_TITLE = "连衣裙</script><script>alert(1)</script><!--";

    @BeforeEach
    void aProductWithImages() {
        Product dress = TestData.product(ZHILI, 101, "女童纯棉碎花连衣裙", ProductStatus.ACTIVE);
        when(products.find(ZHILI.id(), 101)).thenReturn(Optional.of(withImages(dress, "/media/dress-1.jpg", "/media/dress-2.jpg")));
        when(suppliers.require(ZHILI.id(), 11)).thenReturn(TestData.supplier(ZHILI, 11, "湖州织里贝朵儿童服饰有限公司"));
    }

    @Test
    void productPageHasCanonicalOpenGraphAndHreflang() throws Exception {
        Document html = perform(get("/products/101").header("Host", "zhili.localhost")
                .param("utm_source", "wechat").param("spm", "a.b")).html();

        assertThat(html.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("http://zhili.localhost/products/101");
        assertThat(html.selectFirst("meta[property=og:url]").attr("content")).isEqualTo("http://zhili.localhost/products/101");
        assertThat(html.selectFirst("meta[property=og:title]").attr("content")).isEqualTo("女童纯棉碎花连衣裙 - 织里童装产业带");
        assertThat(html.selectFirst("meta[property=og:description]").attr("content")).startsWith("100%纯棉平纹布");
        assertThat(html.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("product");
        assertThat(html.selectFirst("meta[property=og:image]").attr("content")).isEqualTo("http://zhili.localhost/media/dress-1.jpg");
        assertThat(html.select("link[rel=alternate][hreflang]").eachAttr("hreflang"))
                .containsExactly("zh-CN", "zh-TW", "en", "x-default");
        assertThat(html.select("link[rel=alternate][hreflang]").eachAttr("href")).containsExactly(
                "http://zhili.localhost/products/101?lang=zh-CN", "http://zhili.localhost/products/101?lang=zh-TW",
                "http://zhili.localhost/products/101?lang=en", "http://zhili.localhost/products/101");
    }

    @Test
    void canonicalStaysOnThePrefixAndNamesANonDefaultLanguage() throws Exception {
        Document html = perform(get("/t/zhili/products/101").param("lang", "en")).html();

        assertThat(html.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("http://localhost/t/zhili/products/101?lang=en");
        assertThat(html.selectFirst("link[hreflang=x-default]").attr("href")).isEqualTo("http://localhost/t/zhili/products/101");
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(html.selectFirst("#price-title").text()).isEqualTo("Wholesale prices");
    }

    @Test
    void aForgedHostUnderThePrefixNeverReachesAnAbsoluteUrl() throws Exception {
        when(categories.tree(ZHILI.id())).thenReturn(List.of());
        when(pages.visibleNews(ZHILI.id(), 1000)).thenReturn(List.of());
        when(suppliers.page(eq(ZHILI.id()), any())).thenReturn(new ResultPage<>(List.of(), 0, 0, 200));

        for (String forged : List.of("evil.example", "evil.example:8443", "yiwu.localhost.evil.example")) {
            Document html = perform(get("/t/zhili/products/101").header("Host", forged)).html();
            assertThat(html.selectFirst("link[rel=canonical]").attr("href")).as(forged)
                    .isEqualTo("http://localhost/t/zhili/products/101");
            assertThat(html.selectFirst("meta[property=og:url]").attr("content")).isEqualTo("http://localhost/t/zhili/products/101");
            assertThat(html.selectFirst("meta[property=og:image]").attr("content")).isEqualTo("http://localhost/media/dress-1.jpg");
            assertThat(html.select("link[rel=alternate][hreflang]").eachAttr("href"))
                    .allSatisfy(url -> assertThat(url).startsWith("http://localhost/t/zhili/products/101"));
            assertThat(html.html()).doesNotContain("evil");
            for (String path : List.of("/t/zhili/robots.txt", "/t/zhili/sitemap.xml", "/t/zhili/sitemap-pages.xml")) {
                Answer answer = perform(get(path).header("Host", forged));
                assertThat(answer.status()).as(path).isEqualTo(200);
                assertThat(answer.body()).as(path).contains("http://localhost/t/zhili/").doesNotContain("evil");
            }
        }
    }

    @Test
    void aTrustedHostKeepsItsNameButNotAForgedPort() throws Exception {
        String onPlatformHost = perform(get("/t/zhili/products/101").header("Host", "127.0.0.1")).html()
                .selectFirst("link[rel=canonical]").attr("href");
        String onForgedPort = perform(get("/products/101").header("Host", "ZHILI.localhost:6666")).html()
                .selectFirst("link[rel=canonical]").attr("href");

        assertThat(onPlatformHost).isEqualTo("http://127.0.0.1/t/zhili/products/101");
        assertThat(onForgedPort).isEqualTo("http://zhili.localhost/products/101");
    }

    @Test
    void productJsonLdIsAProductWithAnAggregateOfferInYuan() throws Exception {
        JsonNode product = jsonLd(perform(get("/products/101").header("Host", "zhili.localhost")).html());

        assertThat(product.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(product.get("@type").asString()).isEqualTo("Product");
        assertThat(product.get("name").asString()).isEqualTo("女童纯棉碎花连衣裙");
        assertThat(product.get("sku").asString()).isEqualTo("SKU-101");
        assertThat(product.get("image").get(1).asString()).isEqualTo("http://zhili.localhost/media/dress-2.jpg");
        JsonNode offer = product.get("offers");
        assertThat(offer.get("@type").asString()).isEqualTo("AggregateOffer");
        assertThat(offer.get("priceCurrency").asString()).isEqualTo("CNY");
        assertThat(offer.get("lowPrice").asString()).isEqualTo("19.90");
        assertThat(offer.get("highPrice").asString()).isEqualTo("25.80");
        assertThat(offer.get("offerCount").asInt()).isEqualTo(3);
        assertThat(offer.get("eligibleQuantity").get("minValue").asInt()).isEqualTo(30);
        assertThat(offer.get("seller").get("name").asString()).isEqualTo("湖州织里贝朵儿童服饰有限公司");
    }

    @Test
    void jsonLdCannotBeBrokenOutOfByATitle() throws Exception {
        when(products.find(ZHILI.id(), 101)).thenReturn(Optional.of(
                TestData.product(ZHILI, 101, HOSTILE_TITLE, ProductStatus.ACTIVE)));

        Answer answer = perform(get("/products/101").header("Host", "zhili.localhost"));

        assertThat(answer.html().select("script:not([src])")).hasSize(1);
        String json = answer.html().selectFirst("script[type=application/ld+json]").data();
        assertThat(json).doesNotContain("<", ">").contains("\\u003c/script\\u003e");
        assertThat(JsonMapper.builder().build().readTree(json).get("name").asString()).isEqualTo(HOSTILE_TITLE);
    }

    @Test
    void notFoundPageHasNoCanonicalButStillALanguageSwitcher() throws Exception {
        Document html = perform(get("/products/999").header("Host", "zhili.localhost")).html();

        assertThat(html.select("link[rel=canonical]")).isEmpty();
        assertThat(html.select(".lang-switch a")).hasSize(2);
    }

    @Test
    void everyPageHasTitleDescriptionAndLang() throws Exception {
        for (String path : List.of("/", "/products/101", "/news", "/search?q=裙")) {
            Document html = perform(get(path).header("Host", "zhili.localhost")).html();
            assertThat(html.title()).as(path).isNotBlank();
            assertThat(html.selectFirst("meta[name=description]")).as(path).isNotNull();
            assertThat(html.selectFirst("html").attr("lang")).as(path).isEqualTo("zh-CN");
            assertThat(html.select("h1")).as(path).hasSize(1);
        }
    }

    private static JsonNode jsonLd(Document html) {
        return JsonMapper.builder().build().readTree(html.selectFirst("script[type=application/ld+json]").data());
    }

    private static Product withImages(Product p, String... images) {
        return new Product(p.id(), p.tenantId(), p.sku(), p.title(), p.titleEn(), p.description(), p.category(),
                p.supplierId(), p.moq(), p.unit(), p.minPrice(), p.priceTiers(), p.attributes(), List.of(images), p.status(),
                p.createdAt(), p.updatedAt());
    }
}
