package org.beltportal.search.api;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.core.insight.InsightRecorder;
import org.beltportal.core.insight.SearchSeen;
import org.beltportal.core.tenant.TenantSettings;
import org.beltportal.core.campaign.web.PortalClock;
import org.beltportal.core.campaign.web.PortalMoment;
import org.beltportal.core.region.RegionBelts;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.NumberText;
import org.beltportal.core.system.web.ApiError;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.tenant.web.Site;
import org.beltportal.search.query.ProductSearch;
import org.beltportal.search.query.ProductSuggest;
import org.beltportal.search.query.SearchParams;
import org.beltportal.search.query.SearchQuery;
import org.beltportal.search.query.SearchResult;
import org.beltportal.search.query.SearchScope;
import org.beltportal.search.query.Suggestion;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/search} on a portal searches that portal only; on the platform host, the explicit
 * national search is {@code GET /api/v1/national/search} over all active portals. Bad parameters are
 * 400 with the field named: a search request is a query string, not a document to validate. Parameters
 * are bound as text and parsed by {@link SearchParams} (numbers through core's {@link NumberText}).
 */
@RestController
public class SearchApiController {

    private static final int DEFAULT_SUGGESTIONS = 8;

    private final ProductSearch search;
    private final ProductSuggest suggest;
    private final TenantService tenants;
    private final PortalClock clock;
    private final LiveCampaignProducts live;
    private final RegionBelts regionBelts;
    private final InsightRecorder insight;

    public SearchApiController(ProductSearch search, ProductSuggest suggest, TenantService tenants, PortalClock clock,
                               LiveCampaignProducts live, RegionBelts regionBelts, InsightRecorder insight) {
        this.regionBelts = regionBelts;
        this.search = search;
        this.suggest = suggest;
        this.tenants = tenants;
        this.clock = clock;
        this.live = live;
        this.insight = insight;
    }

    /**
     * Live campaigns' featured products rank higher and carry {@code campaign}; {@code ?at=} previews that. A text
     * that finds nothing comes back rescued ({@code rescue}), at last with the belt's current festivals.
     */
    @GetMapping("/api/v1/search")
    SearchResult search(Tenant tenant, SearchParams params, HttpServletRequest request, HttpServletResponse response) {
        PortalMoment moment = clock.moment(request, tenant);
        if (moment.preview()) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        SearchQuery query = params.query();
        SearchResult result = search.search(SearchScope.tenant(tenant.id()), query.promoting(live.at(tenant.id(), moment.instant())))
                .orFestivals(query.text(), () -> live.festivals(tenant.id(), moment.instant()));
        if (query.cursor() == null && !moment.preview()) {
            insight.search(tenant, request.getHeader(HttpHeaders.USER_AGENT), new SearchSeen(query.text(),
                    language(request, tenant), result.total(), result.rescue() != null || result.total() == 0));
        }
        return result;
    }

    /** The language a search is counted under: a portal locale named by {@code ?lang=}, else the belt's default. */
    private static String language(HttpServletRequest request, Tenant tenant) {
        String lang = request.getParameter("lang");
        return lang != null && TenantSettings.LOCALES.contains(lang) ? lang : tenant.locale();
    }

    /** {@code GET /api/v1/suggest?q=wazi}: up to 10 titles for what the buyer has typed so far. */
    @GetMapping("/api/v1/suggest")
    Suggestions suggest(Tenant tenant, @RequestParam(defaultValue = "") String q,
                        @RequestParam(required = false) String size) {
        Long max = NumberText.requireWholeNumber("size", size, 1, ProductSuggest.MAX);
        return new Suggestions(suggest.suggest(tenant.id(), SearchQuery.requestText(q),
                max == null ? DEFAULT_SUGGESTIONS : max.intValue()));
    }

    record Suggestions(List<Suggestion> suggestions) {
    }

    /**
     * {@code region} (an administrative division code) restricts the search to the active belts under that node at
     * any depth; an unknown code is a 404, never a search of everything.
     */
    @GetMapping("/api/v1/national/search")
    SearchResult national(Site site, SearchParams params, @RequestParam(required = false) String region) {
        if (!(site instanceof Site.PlatformSite)) {
            throw new NotFoundException("national search is on the platform host only");
        }
        Set<TenantId> within = region == null ? null : Set.copyOf(regionBelts.tenantIdsUnder(region));
        Set<TenantId> active = tenants.all().stream().filter(Tenant::isActive)
                .map(Tenant::id).filter(id -> within == null || within.contains(id)).collect(Collectors.toSet());
        return search.search(new SearchScope.National(active), params.query());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiError> badParameter(InvalidInputException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new ApiError("bad_request", e.getMessage(), e.problems()));
    }
}
