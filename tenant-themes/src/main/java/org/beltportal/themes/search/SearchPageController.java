package org.beltportal.themes.search;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import org.beltportal.core.insight.SearchSeen;
import org.beltportal.core.insight.VisitSource;
import org.beltportal.core.campaign.web.PortalClock;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.web.Site;
import org.beltportal.search.api.LiveCampaignProducts;
import org.beltportal.search.query.ProductSearch;
import org.beltportal.search.query.SearchParams;
import org.beltportal.search.query.SearchQuery;
import org.beltportal.search.query.SearchResult;
import org.beltportal.search.query.SearchScope;
import org.beltportal.themes.campaign.CampaignViews;
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
    private final PortalClock clock;
    private final LiveCampaignProducts live;
    private final CampaignViews campaigns;

    SearchPageController(ProductSearch search, PortalClock clock, LiveCampaignProducts live, CampaignViews campaigns) {
        this.search = search;
        this.clock = clock;
        this.live = live;
        this.campaigns = campaigns;
    }

    /**
     * Live campaigns' featured products rank higher and carry a badge, and campaigns placed on {@code search}
     * show their banners (all at the previewed instant with {@code ?at=}).
     */
    @GetMapping("/search")
    ModelAndView search(Site.TenantSite site, Visit visit, SearchParams params, HttpServletRequest request) {
        SearchLinks links = new SearchLinks(site.basePath() + "/search", params.asMap());
        TenantId tenantId = site.tenant().id();
        try {
            Instant at = clock.moment(request, site.tenant()).instant();
            SearchQuery query = params.query();
            SearchResult result = search.search(SearchScope.tenant(tenantId), query.promoting(live.at(tenantId, at)))
                    .orFestivals(query.text(), () -> live.festivals(tenantId, at));
            if (query.cursor() == null) {
                request.setAttribute(SearchSeen.ATTRIBUTE, new SearchSeen(query.text(), visit.locale().tag(), result.total(),
                        result.rescue() != null || result.total() == 0));
            }
            SearchPage page = SearchPage.of(result, links, site.basePath(), SearchPage.ALL_DIMENSIONS, visit.msg(),
                            visit.site().lang(), VisitSource.SEARCH)
                    .withCampaigns(campaigns.shownWithoutGoodsOn("search", site, visit, at, request));
            return visit.render("pages/search", page, visit.seo("website"));
        } catch (InvalidInputException e) {
            SearchPage page = SearchPage.failed(links, e.getMessage(), visit.msg());
            return visit.render("pages/search", page, visit.seo("website"), HttpStatus.BAD_REQUEST);
        }
    }
}
