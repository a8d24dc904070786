package org.beltportal.themes.category;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.beltportal.core.category.Category;
import org.beltportal.core.category.CategoryNode;
import org.beltportal.search.query.SearchItem;
import org.beltportal.search.query.SearchQuery;
import org.beltportal.search.query.SearchResult;
import org.beltportal.search.query.SearchResult.FacetCount;
import org.beltportal.search.query.SearchScope;
import org.beltportal.themes.PortalWebTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.themes.TestData.YIWU;
import static org.beltportal.themes.TestData.ZHILI;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

class CategoryPageTest extends PortalWebTestSupport {

    @BeforeEach
    void zhiliHasGirlsWearWithDresses() {
        when(categories.find(ZHILI.id(), 5)).thenReturn(Optional.of(new Category(5, ZHILI.id(), null, "女童", "女童", 0)));
        when(categories.tree(ZHILI.id())).thenReturn(List.of(new CategoryNode(5, "女童", "女童",
                List.of(new CategoryNode(6, "连衣裙", "女童/连衣裙", List.of())))));
        SearchItem dress = new SearchItem(101, "SKU-101", "女童连衣裙", null, null, new BigDecimal("19.9"), 30, "件",
                "女童/连衣裙", new SearchItem.Supplier(11, "织里服饰", "4A", true), null);
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        facets.put("category", List.of(new FacetCount("连衣裙", 1)));
        facets.put("verified", List.of(new FacetCount("true", 1)));
        when(search.search(any(), any())).thenReturn(new SearchResult(1, List.of(dress), facets, "NEXT"));
    }

    @Test
    void categoryPageSearchesItsWholeSubtreeInThisBeltOnly() throws Exception {
        Answer answer = perform(get("/categories/5").header("Host", "zhili.localhost").param("sort", "price_asc"));

        ArgumentCaptor<SearchQuery> query = ArgumentCaptor.forClass(SearchQuery.class);
        verify(search).search(eq(SearchScope.tenant(ZHILI.id())), query.capture());
        assertThat(query.getValue().category()).isEqualTo("女童");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.html().selectFirst("h1").text()).isEqualTo("女童");
        assertThat(answer.html().select(".card-title a").eachAttr("href")).containsExactly("/products/101");
    }

    @Test
    void subcategoriesAreLinksAndTheCategoryFacetGivesWayToThem() throws Exception {
        Answer answer = perform(get("/t/zhili/categories/5"));

        assertThat(answer.html().select(".subcategories a").eachAttr("href")).containsExactly("/t/zhili/categories/6");
        assertThat(answer.html().select(".facet h2").eachText()).containsExactly("实力商家");
        assertThat(answer.html().select(".facet a").eachAttr("href")).containsExactly("/t/zhili/categories/5?verified=true");
        assertThat(answer.html().select("a[rel=next]").attr("href")).isEqualTo("/t/zhili/categories/5?cursor=NEXT");
        assertThat(answer.html().select(".breadcrumb [aria-current=page]").text()).isEqualTo("女童");
        assertThat(answer.html().selectFirst("link[rel=canonical]").attr("href")).isEqualTo("http://localhost/t/zhili/categories/5");
    }

    @Test
    void anotherBeltsCategoryAnswers404() throws Exception {
        when(categories.find(YIWU.id(), 7)).thenReturn(Optional.of(new Category(7, YIWU.id(), null, "饰品", "饰品", 0)));

        Answer answer = perform(get("/categories/7").header("Host", "zhili.localhost"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).doesNotContain("饰品");
        verify(search, never()).search(any(), any());
    }

    @Test
    void categoryTheServiceReturnsFromAnotherBeltAnswers404() throws Exception {
        when(categories.find(ZHILI.id(), 7)).thenReturn(Optional.of(new Category(7, YIWU.id(), null, "饰品", "饰品", 0)));

        assertThat(perform(get("/categories/7").header("Host", "zhili.localhost")).status()).isEqualTo(404);
    }

    @Test
    void idThatIsNotANumberAnswers404() throws Exception {
        assertThat(perform(get("/categories/abc").header("Host", "zhili.localhost")).status()).isEqualTo(404);
        verify(categories, never()).find(any(), anyLong());
    }

    @Test
    void unusableFiltersShowTheMessageWith400() throws Exception {
        Answer answer = perform(get("/categories/5").header("Host", "zhili.localhost").param("rating", "9A"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.html().select(".notice").text()).contains("搜索条件有误");
    }
}
