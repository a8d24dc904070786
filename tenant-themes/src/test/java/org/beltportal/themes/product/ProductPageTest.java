package org.beltportal.themes.product;

import java.util.List;
import java.util.Optional;

import org.beltportal.core.category.CategoryNode;
import org.beltportal.core.product.ProductStatus;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.themes.PortalWebTestSupport;
import org.beltportal.themes.TestData;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.themes.TestData.YIWU;
import static org.beltportal.themes.TestData.ZHILI;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

class ProductPageTest extends PortalWebTestSupport {

    @BeforeEach
    void eachBeltHasItsOwnProducts() {
        when(products.find(ZHILI.id(), 101)).thenReturn(Optional.of(
                TestData.product(ZHILI, 101, "女童纯棉碎花连衣裙", ProductStatus.ACTIVE)));
        when(products.find(ZHILI.id(), 102)).thenReturn(Optional.of(
                TestData.product(ZHILI, 102, "已下架卫衣", ProductStatus.INACTIVE)));
        when(products.find(YIWU.id(), 201)).thenReturn(Optional.of(
                TestData.product(YIWU, 201, "义乌合金耳环", ProductStatus.ACTIVE)));
        when(suppliers.require(ZHILI.id(), 11)).thenReturn(TestData.supplier(ZHILI, 11, "湖州织里贝朵儿童服饰有限公司"));
        when(suppliers.require(YIWU.id(), 11)).thenReturn(TestData.supplier(YIWU, 11, "义乌饰品厂"));
        when(categories.tree(ZHILI.id())).thenReturn(List.of(new CategoryNode(5, "女童", "女童",
                List.of(new CategoryNode(6, "连衣裙", "女童/连衣裙", List.of())))));
    }

    @Test
    void productPageShowsPricesAttributesDescriptionAndSupplier() throws Exception {
        Answer answer = perform(get("/products/101").header("Host", "zhili.localhost"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.html().selectFirst("h1").text()).isEqualTo("女童纯棉碎花连衣裙");
        assertThat(answer.html().selectFirst(".title-en").text()).isEqualTo("Girls' cotton floral dress");
        assertThat(answer.html().selectFirst(".title-en").attr("lang")).isEqualTo("en");
        assertThat(answer.html().select(".breadcrumb li").eachText()).containsExactly("首页", "女童", "连衣裙");
        assertThat(answer.html().select(".breadcrumb a").eachAttr("href")).containsExactly("/", "/categories/5", "/categories/6");
        assertThat(answer.html().select(".tiers tbody tr").eachText())
                .containsExactly("30–299 ¥25.80", "300–999 ¥22.50", "≥1000 ¥19.90");
        assertThat(answer.html().selectFirst(".moq").text()).isEqualTo("最小起订量：30 件");
        assertThat(answer.html().select(".attributes tr").eachText()).containsExactly("材质 纯棉", "尺码 90-140cm");
        assertThat(answer.html().selectFirst(".description").wholeText()).contains("透气。\n尺码");
        Element supplier = answer.html().selectFirst(".supplier-box");
        assertThat(supplier.selectFirst("h2").text()).isEqualTo("湖州织里贝朵儿童服饰有限公司");
        assertThat(supplier.selectFirst("h2 a").attr("href")).isEqualTo("/suppliers/11");
        assertThat(supplier.select(".badge").eachText()).containsExactly("诚信等级 4A", "实力商家");
        assertThat(supplier.selectFirst(".facts").text()).contains("经营年限 9 年");
        assertThat(supplier.select(".tags li").eachText()).containsExactly("支持拿样", "定制/OEM");
    }

    @Test
    void englishPageLeadsWithTheEnglishTitleAndKeepsTheChineseOne() throws Exception {
        Answer answer = perform(get("/products/101").param("lang", "en").header("Host", "zhili.localhost"));

        assertThat(answer.html().selectFirst("h1").text()).isEqualTo("Girls' cotton floral dress");
        assertThat(answer.html().selectFirst(".title-en").text()).isEqualTo("女童纯棉碎花连衣裙");
        assertThat(answer.html().selectFirst(".title-en").attr("lang")).isEqualTo("zh-CN");
        assertThat(answer.html().selectFirst(".title-en").attr("lang")).isNotEqualTo(answer.html().selectFirst("html").attr("lang"));
    }

    @Test
    void productPageSetsTitleAndMetaDescription() throws Exception {
        Answer answer = perform(get("/products/101").header("Host", "zhili.localhost"));

        assertThat(answer.html().title()).isEqualTo("女童纯棉碎花连衣裙 - 织里童装产业带");
        assertThat(answer.html().selectFirst("meta[name=description]").attr("content"))
                .isEqualTo("100%纯棉平纹布，手感柔软透气。 尺码90-140cm，现货72小时内发货。");
    }

    @Test
    void anotherBeltsProductAnswers404() throws Exception {
        Answer answer = perform(get("/products/201").header("Host", "zhili.localhost"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).doesNotContain("义乌合金耳环");
        verify(products, never()).find(YIWU.id(), 201);
    }

    @Test
    void anotherBeltsProductAnswers404EvenIfTheServiceWereToReturnIt() throws Exception {
        when(products.find(ZHILI.id(), 201)).thenReturn(Optional.of(
                TestData.product(YIWU, 201, "义乌合金耳环", ProductStatus.ACTIVE)));

        Answer answer = perform(get("/products/201").header("Host", "zhili.localhost"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).doesNotContain("义乌合金耳环");
    }

    @Test
    void inactiveProductAnswers404() throws Exception {
        Answer answer = perform(get("/products/102").header("Host", "zhili.localhost"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).doesNotContain("已下架卫衣");
    }

    @Test
    void missingProductAnswers404() throws Exception {
        assertThat(perform(get("/products/999").header("Host", "zhili.localhost")).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1e3", "-1", "99999999999999999999999"})
    void idThatIsNotAProductNumberAnswers404(String id) throws Exception {
        assertThat(perform(get("/products/" + id).header("Host", "zhili.localhost")).status()).isEqualTo(404);
        verify(products, never()).find(any(), anyLong());
    }

    @Test
    void linksCarryTheBasePathWhenReachedByPrefix() throws Exception {
        Answer answer = perform(get("/t/zhili/products/101"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.html().selectFirst(".breadcrumb a").attr("href")).isEqualTo("/t/zhili/");
        assertThat(answer.html().selectFirst("a.brand").attr("href")).isEqualTo("/t/zhili/");
        assertThat(answer.html().selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("/t/zhili/assets/portal.css");
    }

    @Test
    void prefixOfAnotherBeltShowsThatBeltsProduct() throws Exception {
        Answer answer = perform(get("/t/yiwu/products/201"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.html().selectFirst("h1").text()).isEqualTo("义乌合金耳环");
        assertThat(answer.html().selectFirst(".supplier-box h2").text()).isEqualTo("义乌饰品厂");
    }

    @Test
    void supplierMissingFromTheCatalogueAnswers404() throws Exception {
        when(suppliers.require(ZHILI.id(), 11)).thenThrow(new NotFoundException("no supplier 11"));

        assertThat(perform(get("/products/101").header("Host", "zhili.localhost")).status()).isEqualTo(404);
    }
}
