package org.beltportal.themes.supplier;

import java.util.List;

import org.beltportal.core.product.ProductFilter;
import org.beltportal.core.product.ProductStatus;
import org.beltportal.core.supplier.Supplier;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.system.ResultPage;
import org.beltportal.themes.PortalWebTestSupport;
import org.beltportal.themes.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.themes.TestData.YIWU;
import static org.beltportal.themes.TestData.ZHILI;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

class SupplierPageTest extends PortalWebTestSupport {

    @BeforeEach
    void eachBeltHasASupplier11() {
        when(suppliers.require(ZHILI.id(), 11)).thenReturn(TestData.supplier(ZHILI, 11, "湖州织里贝朵儿童服饰有限公司"));
        when(suppliers.require(YIWU.id(), 11)).thenReturn(TestData.supplier(YIWU, 11, "义乌饰品厂"));
        when(suppliers.require(ZHILI.id(), 12)).thenThrow(new NotFoundException("no supplier 12"));
        when(products.page(eq(ZHILI.id()), any(), any())).thenReturn(new ResultPage<>(
                List.of(TestData.product(ZHILI, 101, "女童纯棉碎花连衣裙", ProductStatus.ACTIVE)), 30, 0, 24));
    }

    @Test
    void profileShowsTrustFactsAndActiveProductsOfThisSupplier() throws Exception {
        Answer answer = perform(get("/suppliers/11").header("Host", "zhili.localhost"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.html().selectFirst("h1").text()).isEqualTo("湖州织里贝朵儿童服饰有限公司");
        assertThat(answer.html().select(".supplier-profile > .badges .badge").eachText()).containsExactly("诚信等级 4A", "实力商家");
        assertThat(answer.html().selectFirst(".facts").text()).contains("经营年限 9 年", "所在地 织里镇大港路", "员工人数 120",
                "厂房面积 3600 平方米");
        assertThat(answer.html().select(".tags li").eachText()).containsExactly("支持拿样", "定制/OEM");
        assertThat(answer.html().select(".card-title a").eachAttr("href")).containsExactly("/products/101");
        assertThat(answer.html().select("a[rel=next]").attr("href")).isEqualTo("/suppliers/11?page=2");
        assertThat(answer.html().select("a[rel=prev]")).isEmpty();

        ArgumentCaptor<ProductFilter> filter = ArgumentCaptor.forClass(ProductFilter.class);
        verify(products).page(eq(ZHILI.id()), filter.capture(), eq(new PageQuery(0, 24)));
        assertThat(filter.getValue()).isEqualTo(new ProductFilter(ProductStatus.ACTIVE, 11L, null));
    }

    @Test
    void secondPageLinksBackAndAsksForTheNextProducts() throws Exception {
        Answer answer = perform(get("/t/zhili/suppliers/11").param("page", "2"));

        verify(products).page(eq(ZHILI.id()), any(), eq(new PageQuery(1, 24)));
        assertThat(answer.html().select("a[rel=prev]").attr("href")).isEqualTo("/t/zhili/suppliers/11");
        assertThat(answer.html().select("a[rel=next]")).isEmpty();
        assertThat(answer.html().selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("http://localhost/t/zhili/suppliers/11?page=2");
    }

    @Test
    void prefixOfAnotherBeltShowsThatBeltsSupplier() throws Exception {
        Answer answer = perform(get("/t/yiwu/suppliers/11"));

        assertThat(answer.html().selectFirst("h1").text()).isEqualTo("义乌饰品厂");
        assertThat(answer.body()).doesNotContain("湖州织里");
    }

    @Test
    void supplierOfAnotherBeltAnswers404() throws Exception {
        Answer answer = perform(get("/suppliers/12").header("Host", "zhili.localhost"));

        assertThat(answer.status()).isEqualTo(404);
    }

    @Test
    void supplierTheServiceReturnsFromAnotherBeltAnswers404() throws Exception {
        Supplier stranger = TestData.supplier(YIWU, 13, "义乌饰品厂");
        when(suppliers.require(ZHILI.id(), 13)).thenReturn(stranger);

        Answer answer = perform(get("/suppliers/13").header("Host", "zhili.localhost"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).doesNotContain("义乌饰品厂");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "201", "99999999999", "3"})
    void pageNumbersOutOfRangeOrPastTheLastAnswer404(String page) throws Exception {
        assertThat(perform(get("/suppliers/11").header("Host", "zhili.localhost").param("page", page)).status())
                .isEqualTo(404);
    }
}
