package org.beltportal.themes.engine;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.core.tenant.web.Site;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * One page template. The template sees exactly the model its controller returned: no request, session,
 * application attributes or Spring helpers (Spring's own model entries, such as binding results, are
 * left out). The page is written only once fully rendered, so a failure can still answer 500.
 */
final class PortalView implements View {

    static final String CONTENT_TYPE = "text/html;charset=UTF-8";
    private static final String SPRING_ENTRIES = "org.springframework.";

    private final String templateName;
    private final TemplateRenderer renderer;

    PortalView(String templateName, TemplateRenderer renderer) {
        this.templateName = templateName;
        this.renderer = renderer;
    }

    @Override
    public String getContentType() {
        return CONTENT_TYPE;
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
        Map<String, Object> data = new LinkedHashMap<>();
        if (model != null) {
            model.forEach((name, value) -> {
                if (!name.startsWith(SPRING_ENTRIES)) {
                    data.put(name, value);
                }
            });
        }
        Site site = request.getAttribute(Site.ATTRIBUTE) instanceof Site resolved ? resolved : new Site.PlatformSite();
        RenderedPage page = renderer.render(site, templateName, data, RequestContextUtils.getLocale(request),
                request.getHeader(DraftTickets.HEADER));
        switch (page.outcome()) {
            case FAILED -> response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
            case BUSY -> {
                response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(renderer.retryAfterSeconds()));
            }
            case RENDERED, FELL_BACK -> {
            }
        }
        response.setContentType(CONTENT_TYPE);
        response.getWriter().write(page.html());
    }

    @Override
    public String toString() {
        return "PortalView[" + templateName + "]";
    }
}
