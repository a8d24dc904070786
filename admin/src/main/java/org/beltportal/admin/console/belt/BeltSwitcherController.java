package org.beltportal.admin.console.belt;

import java.util.HashMap;
import java.util.Map;

import org.beltportal.admin.console.ConsolePages;
import org.beltportal.admin.console.region.RegionConsoleController;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.system.ResultPage;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Where the console opens after login: the belts the user holds grants on (a platform admin: all of them),
 * searchable by name or slug and paged in SQL. Someone with exactly one belt goes straight to its home; a regional
 * admin without grants on belts of its own to its (first) region's page, which lists the belts it oversees.
 */
@Controller
class BeltSwitcherController {

    static final int PAGE_SIZE = 20;
    /** Longer search text is cut, not refused: a name is never this long. */
    static final int MAX_QUERY = 100;

    private final TenantService tenants;
    private final ConsolePages pages;

    BeltSwitcherController(TenantService tenants, ConsolePages pages) {
        this.tenants = tenants;
        this.pages = pages;
    }

    @GetMapping("/admin/")
    ModelAndView belts(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "") String q,
                       @RequestParam(defaultValue = "1") String page) {
        String text = q.strip();
        text = text.length() > MAX_QUERY ? text.substring(0, MAX_QUERY) : text;
        int number = ConsolePages.pageNumber(page);
        boolean landing = text.isEmpty() && number == 1;
        if (landing && !user.isPlatformAdmin() && user.isRegionalAdmin() && user.grants().stream().allMatch(g -> g.tenantId() == null)) {
            return new ModelAndView(new RedirectView(RegionConsoleController.pathOf(user.regionCodes().getFirst()), true));
        }
        ResultPage<Tenant> belts = tenants.search(user.isPlatformAdmin() ? null : user.grantedTenants(), text,
                new PageQuery(number - 1, PAGE_SIZE));
        if (belts.total() == 1 && landing && !user.isRegionalAdmin()) {
            return new ModelAndView(new RedirectView(BeltHomeScreen.pathOf(belts.items().getFirst()), true));
        }
        long pagesInAll = Math.max(1, (belts.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        Map<String, Object> model = new HashMap<>();
        model.put("belts", belts.items());
        model.put("total", belts.total());
        model.put("q", text);
        model.put("page", number);
        model.put("pages", pagesInAll);
        model.put("homePath", BeltHomeScreen.PATH_PREFIX);
        return pages.page("belt/switcher", model);
    }
}
