package org.beltportal.themes.site;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.tenant.web.Site;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a missing page from a portal controller with a 404 page in the portal's own look. Core's
 * {@code ApiExceptionHandler} covers only {@code @RestController}s, so without this a NotFoundException
 * from a page would surface as a 500.
 */
@ControllerAdvice(annotations = PortalController.class)
class PortalErrorPages {

    private final TenantService tenants;

    PortalErrorPages(TenantService tenants) {
        this.tenants = tenants;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(HttpServletRequest request) {
        // Read the attribute directly: the Site argument resolver would itself throw NotFoundException here.
        SiteView site = request.getAttribute(Site.ATTRIBUTE) instanceof Site.TenantSite tenantSite
                ? SiteView.of(tenantSite, tenants.branding(tenantSite.tenant().id()))
                : SiteView.platform();
        return new ModelAndView("pages/404", Map.of("site", site), HttpStatus.NOT_FOUND);
    }
}
