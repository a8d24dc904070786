package org.beltportal.themes.platform;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.beltportal.core.category.CategoryNode;
import org.beltportal.core.category.CategoryService;
import org.beltportal.core.region.Region;
import org.beltportal.core.region.RegionBelts;
import org.beltportal.core.region.Regions;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.tenant.web.Site;
import org.beltportal.search.query.ProductSearch;
import org.beltportal.search.query.SearchItem;
import org.beltportal.search.query.SearchQuery;
import org.beltportal.search.query.SearchResult;
import org.beltportal.search.query.SearchScope;
import org.beltportal.themes.site.PortalController;
import org.beltportal.themes.site.PublicOrigin;
import org.beltportal.themes.site.Visit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public page of a region on the platform host, {@code /regions/{code}} (decision 0040): the active belts under
 * the node with what they make and a link to each, and a search box whose results come from the national scope
 * restricted to exactly those belts. On a belt's own host, and for an unknown code, 404.
 */
@PortalController
class RegionPortalController {

    static final int GOODS = 5;

    private final Regions regions;
    private final RegionBelts regionBelts;
    private final TenantService tenants;
    private final CategoryService categories;
    private final ProductSearch search;

    RegionPortalController(Regions regions, RegionBelts regionBelts, TenantService tenants, CategoryService categories,
                           ProductSearch search) {
        this.regions = regions;
        this.regionBelts = regionBelts;
        this.tenants = tenants;
        this.categories = categories;
        this.search = search;
    }

    @GetMapping("/regions/{code}")
    ModelAndView region(Site site, Visit visit, @PathVariable String code, @RequestParam(required = false) String q,
                        HttpServletRequest request) {
        if (!(site instanceof Site.PlatformSite)) {
            throw new NotFoundException("region pages are on the platform host only");
        }
        Region region = regions.require(code);
        List<Tenant> active = tenants.byIds(regionBelts.tenantIdsUnder(region)).stream().filter(Tenant::isActive).toList();
        String scheme = request.getScheme();
        String port = PublicOrigin.portSuffix(request);
        List<RegionPage.Belt> belts = active.stream().map(belt -> new RegionPage.Belt(belt.name(), belt.nameEn(), belt.region(),
                categories.tree(belt.id()).stream().map(CategoryNode::name).limit(GOODS).toList(),
                scheme + "://" + belt.slug() + ".localhost" + port + "/", "/t/" + belt.slug() + "/")).toList();
        String text = SearchQuery.requestText(q);
        SearchResult found = text == null || text.isBlank() || active.isEmpty() ? null : search.search(
                new SearchScope.National(active.stream().map(Tenant::id).collect(Collectors.toSet())), SearchQuery.text(text.strip()));
        List<RegionPage.Result> results = found == null ? List.of() : results(found, active);
        RegionPage page = new RegionPage(region.code(), region.name(), region.nameEn(), belts, text,
                found == null ? 0 : found.total(), results);
        return visit.render("pages/region", page, visit.seo("website"));
    }

    /** Each item with its belt, found in the database among the region's belts only; one not found is left out. */
    private List<RegionPage.Result> results(SearchResult found, List<Tenant> active) {
        Map<TenantId, Tenant> byId = active.stream().collect(Collectors.toMap(Tenant::id, Function.identity()));
        Set<Long> ids = found.items().stream().map(SearchItem::id).collect(Collectors.toSet());
        Map<Long, TenantId> beltOf = regionBelts.beltsOfProducts(ids, byId.keySet());
        return found.items().stream().filter(item -> beltOf.containsKey(item.id())).map(item -> {
            Tenant belt = byId.get(beltOf.get(item.id()));
            return new RegionPage.Result(item.title(), RegionPage.Result.price(item.price()), item.moq(),
                    item.unit(), item.supplier() == null ? "" : item.supplier().name(), belt.name(),
                    "/t/" + belt.slug() + "/products/" + item.id());
        }).toList();
    }
}
