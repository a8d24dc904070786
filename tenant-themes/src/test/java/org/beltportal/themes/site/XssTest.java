package org.beltportal.themes.site;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.beltportal.core.category.Category;
import org.beltportal.core.category.CategoryNode;
import org.beltportal.core.page.Page;
import org.beltportal.core.page.PageKind;
import org.beltportal.core.page.PageStatus;
import org.beltportal.core.product.PriceTier;
import org.beltportal.core.product.Product;
import org.beltportal.core.product.ProductStatus;
import org.beltportal.core.supplier.CreditRating;
import org.beltportal.core.supplier.Supplier;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.system.ResultPage;
import org.beltportal.core.tenant.Branding;
import org.beltportal.themes.PortalWebTestSupport;
import org.beltportal.themes.TestData;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.themes.TestData.NOW;
import static org.beltportal.themes.TestData.ZHILI;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every field an operator or importer can write, filled with markup, on every page that prints it: no
 * script element (other than the page's own JSON-LD), no event-handler attribute and no {@code javascript:}
 * URL may come out, and the text itself must still be shown as text.
 */
class XssTest extends PortalWebTestSupport {

    private static final String BAD_URL = "javascript:alert(1)";

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'><svg onload=alert(1)>",
            "</title><script>alert(1)</script>", "{{7*7}}${7*7}<a href=javascript:alert(1)>x</a>"})
    void markupInEveryEditableFieldStaysText(String evil) throws Exception {
        everythingIs(evil);

        for (String path : List.of("/", "/products/101", "/suppliers/11", "/categories/5", "/news", "/news/evil",
                "/search?q=x")) {
            Answer answer = perform(get(path).header("Host", "zhili.localhost"));
            assertThat(answer.status()).as(path).isEqualTo(200);
            assertSafe(answer.html(), path);
        }
        Document product = perform(get("/products/101").header("Host", "zhili.localhost")).html();
        assertThat(product.selectFirst("h1").text()).isEqualTo(evil);
        assertThat(product.select(".attributes th").eachText()).contains(evil);
        assertThat(product.selectFirst(".supplier-box h2").text()).isEqualTo(evil);
        Document home = perform(get("/").header("Host", "zhili.localhost")).html();
        assertThat(home.selectFirst(".hero-slogan").text()).isEqualTo(evil);
        assertThat(home.select(".chips a").eachText()).containsExactly(evil);
    }

    private void everythingIs(String evil) {
        when(directory.branding(ZHILI.id())).thenReturn(new Branding(BAD_URL, "#B02E63", "red;}</style><script>", evil,
                List.of(BAD_URL, "//evil.example/x.png", evil), "<p>footer</p>"));
        Supplier supplier = new Supplier(11, ZHILI.id(), evil, CreditRating.A3, true, 5, evil, Set.of(), null, null, evil,
                NOW, NOW, evil, evil);
        Product product = new Product(101, ZHILI.id(), evil, evil, evil, evil, evil + "/" + evil, 11, 10, evil,
                new BigDecimal("1.00"), List.of(new PriceTier(10, new BigDecimal("1.00"))), Map.of(evil, evil),
                List.of(BAD_URL, evil, "/media/ok.jpg"), ProductStatus.ACTIVE, NOW, NOW);
        Page article = new Page(1, ZHILI.id(), "evil", evil, "<p>sanitised</p>", PageKind.NEWS, PageStatus.PUBLISHED, null,
                null, "zh-CN", NOW, NOW);

        when(products.find(ZHILI.id(), 101)).thenReturn(Optional.of(product));
        when(products.page(eq(ZHILI.id()), any(), any())).thenReturn(new ResultPage<>(List.of(product), 1, 0, 24));
        when(suppliers.require(ZHILI.id(), 11)).thenReturn(supplier);
        when(suppliers.byIds(eq(ZHILI.id()), anyCollection())).thenReturn(Map.of(11L, supplier));
        when(suppliers.featured(eq(ZHILI.id()), anyInt())).thenReturn(List.of(supplier));
        when(categories.tree(ZHILI.id())).thenReturn(List.of(new CategoryNode(5, evil, evil,
                List.of(new CategoryNode(6, evil, evil + "/" + evil, List.of())))));
        when(categories.find(ZHILI.id(), 5)).thenReturn(Optional.of(new Category(5, ZHILI.id(), null, evil, evil, 0)));
        when(pages.visibleNews(eq(ZHILI.id()), anyInt())).thenReturn(List.of(article));
        when(pages.visibleNews(eq(ZHILI.id()), any(PageQuery.class))).thenReturn(new ResultPage<>(List.of(article), 1, 0, 20));
        when(pages.visibleBySlug(ZHILI.id(), "evil")).thenReturn(Optional.of(article));
        when(directory.branding(TestData.YIWU.id())).thenReturn(Branding.empty());
    }

    private static void assertSafe(Document html, String path) {
        // The one script allowed is our own file (suggestions), empty and named by src; nothing inline.
        assertThat(html.select("script:not([type=application/ld+json])")).as(path)
                .allSatisfy(script -> assertThat(script.attr("src")).matches("(/t/zhili)?/assets/suggest\\.js"))
                .allSatisfy(script -> assertThat(script.data()).isEmpty());
        assertThat(html.select("script[type=application/ld+json]")).as(path).hasSizeLessThanOrEqualTo(1);
        assertThat(html.select("svg, iframe, object, embed")).as(path).isEmpty();
        for (Element element : html.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as(path + " " + element.tagName()).doesNotStartWith("on");
                assertThat(attribute.getValue().strip().toLowerCase()).as(path + " " + attribute.getKey())
                        .doesNotStartWith("javascript:").doesNotStartWith("//");
            }
        }
        assertThat(html.selectFirst("head style").data()).as(path).doesNotContain("<", "red;");
        assertThat(html.select("img").eachAttr("alt")).as(path).doesNotContainNull();
    }
}
