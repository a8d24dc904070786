package org.beltportal.themes.site;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.tenant.web.Site;
import org.beltportal.core.tenant.web.SuspendedPortalPage;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The notice of a suspended portal, in its own look, with status 503 (core's filter has set Retry-After).
 * Core's filter forwards here; the path answers 404 to anyone who asks for it directly, because only the
 * forward carries the suspended portal.
 */
@PortalController
class SuspendedPortalController implements SuspendedPortalPage {

    static final String PATH = "/portal-suspended";

    private final PortalViews views;

    SuspendedPortalController(PortalViews views) {
        this.views = views;
    }

    @Override
    public String path() {
        return PATH;
    }

    /** Any method: a suspended portal answers a POST with the same notice as a GET. */
    @RequestMapping(PATH)
    ModelAndView suspended(HttpServletRequest request, HttpServletResponse response) {
        if (!(request.getAttribute(SuspendedPortalPage.ATTRIBUTE) instanceof Site.TenantSite site)) {
            throw new NotFoundException("no such page");
        }
        return views.visit(site, request, response)
                .render("pages/503", Map.of(), Seo.none(), HttpStatus.SERVICE_UNAVAILABLE);
    }
}
