package org.beltportal.themes.search;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.tenant.web.Site;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.search.query.ProductSearch;
import org.beltportal.search.query.SearchParams;
import org.beltportal.search.query.SearchResult;
import org.beltportal.search.query.SearchScope;
import org.beltportal.themes.site.PortalController;
import org.beltportal.themes.site.SiteView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code GET /search}: the HTML face of the search API for one portal. Parameters the search cannot use
 * (a size of 10,000, a made-up rating) give the page with a message and status 400, not an error page.
 */
@PortalController
class SearchPageController {

    private final ProductSearch search;
    private final TenantService tenants;

    SearchPageController(ProductSearch search, TenantService tenants) {
        this.search = search;
        this.tenants = tenants;
    }

    @GetMapping("/search")
    ModelAndView search(Site.TenantSite site, SearchParams params, HttpServletResponse response) {
        SearchLinks links = new SearchLinks(site.basePath(), params.asMap());
        SearchPage page;
        try {
            SearchResult result = search.search(SearchScope.tenant(site.tenant().id()), params.query());
            page = SearchPage.of(result, links, site.basePath());
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            page = SearchPage.failed(links, "搜索条件有误（" + e.getMessage() + "），请修改后重试。");
        }
        SiteView chrome = SiteView.of(site, tenants.branding(site.tenant().id()));
        return new ModelAndView("pages/search", Map.of("site", chrome, "page", page));
    }
}
