package org.beltportal.themes.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.beltportal.core.category.CategoryNode;
import org.beltportal.core.region.Region;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.themes.PortalWebTestSupport;
import org.beltportal.themes.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public region page (decision 0040): the region's active belts with their top categories, suspended belts left
 * out, names shown as text, only on the platform host, and a 404 for an unknown code.
 */
class RegionPageTest extends PortalWebTestSupport {

    static final Region ZHEJIANG = new Region("330000", null, "province", "浙江省", "Zhejiang", "/330000/");

    @BeforeEach
    void zhejiang() {
        when(regions.require("330000")).thenReturn(ZHEJIANG);
        when(regions.require("999999")).thenThrow(new NotFoundException("no region 999999"));
        when(regionBelts.tenantIdsUnder(ZHEJIANG)).thenReturn(List.of(TestData.ZHILI.id(), TestData.BAIGOU.id()));
        when(tenants.byIds(any())).thenReturn(List.of(TestData.ZHILI, TestData.BAIGOU));
        when(categories.tree(TestData.ZHILI.id())).thenReturn(List.of(
                new CategoryNode(1, "童装", "童装", List.of()), new CategoryNode(2, "<b>童鞋</b>", "<b>童鞋</b>", List.of())));
    }

    @Test
    void listsTheRegionsActiveBeltsWithWhatTheyMake() throws Exception {
        Answer answer = perform(get("/regions/330000").header("Host", "localhost"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.html().selectFirst("h1").text()).isEqualTo("浙江省");
        assertThat(answer.html().select(".belt h3").eachText()).containsExactly("织里童装产业带");
        assertThat(answer.html().selectFirst(".belt-goods").text()).contains("童装、<b>童鞋</b>");
        assertThat(answer.html().select(".belt-goods b")).isEmpty();
        assertThat(answer.html().select(".belt-links a").eachAttr("href")).contains("/t/zhili/");
        assertThat(answer.html().select("form[role=search]").attr("action")).isEqualTo("/regions/330000");
        verifyNoInteractions(search);
    }

    @Test
    void unknownCodesAndBeltHostsAnswer404() throws Exception {
        assertThat(perform(get("/regions/999999").header("Host", "localhost")).status()).isEqualTo(404);
        assertThat(perform(get("/regions/330000").header("Host", "zhili.localhost")).status()).isEqualTo(404);
        assertThat(perform(get("/t/zhili/regions/330000").header("Host", "localhost")).status()).isEqualTo(404);
    }
}
