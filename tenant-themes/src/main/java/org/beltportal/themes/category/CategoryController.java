package org.beltportal.themes.category;

import java.util.List;
import java.util.Map;

import org.beltportal.core.category.Category;
import org.beltportal.core.category.CategoryNode;
import org.beltportal.core.category.CategoryService;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.web.Site;
import org.beltportal.search.query.ProductSearch;
import org.beltportal.search.query.SearchParams;
import org.beltportal.search.query.SearchResult;
import org.beltportal.search.query.SearchScope;
import org.beltportal.themes.search.SearchLinks;
import org.beltportal.themes.search.SearchPage;
import org.beltportal.themes.site.English;
import org.beltportal.themes.site.PathIds;
import org.beltportal.themes.site.PortalController;
import org.beltportal.themes.site.Visit;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code GET /categories/{id}}: a category's products, its subcategories included, through the search
 * API. The category comes from the path, so the category facet gives way to links to the subcategories;
 * every other filter, sort and the cursor work as on the search page.
 */
@PortalController
class CategoryController {

    private static final List<String> DIMENSIONS = SearchPage.ALL_DIMENSIONS.stream()
            .filter(dimension -> !"category".equals(dimension)).toList();

    private final CategoryService categories;
    private final ProductSearch search;

    CategoryController(CategoryService categories, ProductSearch search) {
        this.categories = categories;
        this.search = search;
    }

    @GetMapping("/categories/{id}")
    ModelAndView category(Site.TenantSite site, Visit visit, @PathVariable String id, SearchParams params) {
        TenantId tenantId = site.tenant().id();
        Category category = find(tenantId, id);
        List<CategoryNode> tree = categories.tree(tenantId);
        String lang = visit.site().lang();
        List<CategoryLink> trail = CategoryLink.trail(tree, category.path(), site.basePath(), lang);
        List<CategoryLink> children = CategoryLink.flatten(tree).stream().filter(node -> node.id() == category.id())
                .findFirst().map(node -> CategoryLink.of(node.children(), site.basePath(), lang)).orElse(List.of());

        SearchParams inCategory = params.inCategory(category.path());
        Map<String, String> shown = params.asMap();
        shown.remove("category");
        SearchLinks links = new SearchLinks(site.basePath() + "/categories/" + category.id(), shown);
        SearchPage results;
        HttpStatus status = HttpStatus.OK;
        try {
            SearchResult result = search.search(SearchScope.tenant(tenantId), inCategory.query());
            results = SearchPage.of(result, links, site.basePath(), DIMENSIONS, visit.msg(), visit.site().lang());
        } catch (InvalidInputException e) {
            results = SearchPage.failed(links, e.getMessage(), visit.msg());
            status = HttpStatus.BAD_REQUEST;
        }
        CategoryPage page = new CategoryPage(English.orChinese(lang, category.name(), category.nameEn()), trail, children,
                results);
        return visit.render("pages/category", page, visit.seo("website"), status);
    }

    private Category find(TenantId tenantId, String id) {
        // Checked again as on the product page: a category of another portal must never show here.
        return categories.find(tenantId, PathIds.require(id, "category"))
                .filter(category -> tenantId.equals(category.tenantId()))
                .orElseThrow(() -> new NotFoundException("no category " + id));
    }
}
