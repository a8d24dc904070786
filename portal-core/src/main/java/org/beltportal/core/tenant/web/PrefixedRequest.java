package org.beltportal.core.tenant.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * Presents {@code /t/{slug}/products/1} to the rest of the application as {@code /products/1} under a
 * context path of {@code /t/{slug}}: controllers map one set of paths whichever way the tenant was found.
 */
final class PrefixedRequest extends HttpServletRequestWrapper {

    private final String contextPath;

    PrefixedRequest(HttpServletRequest request, String prefix) {
        super(request);
        this.contextPath = request.getContextPath() + prefix;
    }

    @Override
    public String getContextPath() {
        return contextPath;
    }

    @Override
    public String getServletPath() {
        String uri = getRequestURI();
        String path = uri.length() > contextPath.length() ? uri.substring(contextPath.length()) : "/";
        return path.isEmpty() ? "/" : path;
    }
}
