package org.beltportal.admin.apidocs;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.tenant.web.Site;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The description belongs to the platform, not to a belt: a belt's host or {@code /t/{slug}} prefix answers
 * 404 for it, as for any path the belt does not have, so a belt's address space holds only the belt's own
 * pages. Platform hosts serve it; unknown hosts never get this far (the tenant filter answers 404).
 */
class ApiDocsOffBeltSites implements HandlerInterceptor {

    static final String[] PATHS = {"/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**"};

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(Site.ATTRIBUTE) instanceof Site.TenantSite) {
            throw new NotFoundException("the API description is served on the platform host, not on a belt's");
        }
        return true;
    }
}
