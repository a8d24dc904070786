package org.beltportal.themes.search;

import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.tenant.web.Site;
import org.beltportal.search.query.ProductSearch;
import org.beltportal.search.query.SearchParams;
import org.beltportal.search.query.SearchResult;
import org.beltportal.search.query.SearchScope;
import org.beltportal.themes.site.PortalController;
import org.beltportal.themes.site.Visit;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code GET /search}: the HTML face of the search API for one portal. Parameters the search cannot use
 * (a size of 10,000, a made-up rating) give the page with a message and status 400, not an error page.
 */
@PortalController
class SearchPageController {

    private final ProductSearch search;

    SearchPageController(ProductSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    ModelAndView search(Site.TenantSite site, Visit visit, SearchParams params) {
        SearchLinks links = new SearchLinks(site.basePath() + "/search", params.asMap());
        try {
            SearchResult result = search.search(SearchScope.tenant(site.tenant().id()), params.query());
            SearchPage page = SearchPage.of(result, links, site.basePath(), SearchPage.ALL_DIMENSIONS, visit.msg());
            return visit.render("pages/search", page, visit.seo("website"));
        } catch (InvalidInputException e) {
            SearchPage page = SearchPage.failed(links, e.getMessage(), visit.msg());
            return visit.render("pages/search", page, visit.seo("website"), HttpStatus.BAD_REQUEST);
        }
    }
}
