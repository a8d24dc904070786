package org.beltportal.admin.console.region;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.beltportal.admin.console.ConsolePages;
import org.beltportal.admin.region.RegionBeltView;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.admin.security.RegionGrant;
import org.beltportal.core.region.BeltFigures;
import org.beltportal.core.region.Region;
import org.beltportal.core.region.RegionBelts;
import org.beltportal.core.region.RegionNode;
import org.beltportal.core.region.Regions;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.system.ResultPage;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.user.RegionAdmins;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The region pages (decision 0040): {@code /admin/regions}, the part of the tree the caller may see, and
 * {@code /admin/regions/{code}}, a node's belts at any depth (paged, searchable) with their key figures and the
 * node's totals, each belt linking to its console home. Same services and rights as the region API.
 */
@Controller
public class RegionConsoleController {

    public static final String PATH_PREFIX = "/admin/regions/";
    static final int PAGE_SIZE = 20;
    /** Longer search text is cut, not refused: a belt's name is never this long. */
    static final int MAX_QUERY = 100;

    private final Regions regions;
    private final RegionBelts belts;
    private final RegionAdmins admins;
    private final ConsolePages pages;

    RegionConsoleController(Regions regions, RegionBelts belts, RegionAdmins admins, ConsolePages pages) {
        this.regions = regions;
        this.belts = belts;
        this.admins = admins;
        this.pages = pages;
    }

    /** Where a region's page is. */
    public static String pathOf(String code) {
        return PATH_PREFIX + code;
    }

    /** The subtrees the caller may see: every province for platform admins, nothing for belt-only users. */
    @GetMapping("/admin/regions")
    ModelAndView index(@AuthenticationPrincipal PortalUser user) {
        List<RegionNode> tree = user.isPlatformAdmin() ? regions.tree(null)
                : user.isRegionalAdmin() ? regions.tree(user.regionCodes()) : List.of();
        return pages.page("region/index", Map.of("tree", tree));
    }

    @GetMapping(PATH_PREFIX + "{code}")
    ModelAndView region(@AuthenticationPrincipal PortalUser user, @RegionGrant Region region,
                        @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") String page) {
        String text = q.strip();
        text = text.length() > MAX_QUERY ? text.substring(0, MAX_QUERY) : text;
        int number = ConsolePages.pageNumber(page);
        ResultPage<Tenant> found = belts.page(region, text, new PageQuery(number - 1, PAGE_SIZE));
        Map<TenantId, BeltFigures> figures = belts.figuresOf(found.items());
        Map<String, Object> model = new HashMap<>();
        model.put("region", region);
        model.put("lineage", lineage(user, region));
        RegionNode node = regions.tree(List.of(region.code())).getFirst();
        model.put("children", node.children());
        model.put("beltsInAll", node.belts());
        model.put("belts", found.items().stream().map(belt -> RegionBeltView.of(belt, figures.get(belt.id()))).toList());
        model.put("totals", belts.totals(region));
        model.put("admins", admins.of(region));
        model.put("total", found.total());
        model.put("q", text);
        model.put("page", number);
        model.put("pages", Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        return pages.page("region/region", model);
    }

    /** The node's ancestors and itself, province first; only those the caller reaches are links. */
    private List<Map<String, Object>> lineage(PortalUser user, Region region) {
        List<Region> mine = user.regionCodes().stream().flatMap(code -> regions.find(code).stream()).toList();
        return regions.lineage(region).stream().map(node -> Map.<String, Object>of("region", node,
                "linked", !node.code().equals(region.code())
                        && (user.isPlatformAdmin() || mine.stream().anyMatch(node::isWithin)))).toList();
    }
}
