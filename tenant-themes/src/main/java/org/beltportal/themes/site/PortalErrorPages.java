package org.beltportal.themes.site;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.tenant.web.Site;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a missing page from a portal controller with a 404 page in the portal's own look and the
 * visitor's language. Core's {@code ApiExceptionHandler} covers only {@code @RestController}s, so without
 * this a NotFoundException from a page would surface as a 500.
 */
@ControllerAdvice(annotations = PortalController.class)
class PortalErrorPages {

    private final PortalViews views;

    PortalErrorPages(PortalViews views) {
        this.views = views;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
        // Read the attribute directly: the Site argument resolver would itself throw NotFoundException here.
        Site site = request.getAttribute(Site.ATTRIBUTE) instanceof Site found ? found : new Site.PlatformSite();
        return views.visit(site, request, response).render("pages/404", Map.of(), Seo.none(), HttpStatus.NOT_FOUND);
    }
}
