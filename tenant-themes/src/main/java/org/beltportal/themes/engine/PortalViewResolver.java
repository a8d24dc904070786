package org.beltportal.themes.engine;

import java.util.Locale;

import org.springframework.core.Ordered;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Resolves every page view name ({@code pages/home}) to a {@link PortalView} of {@code pages/home.ftlh}.
 * Redirects and forwards are left to Spring's own resolvers. Whether the template exists is found out at
 * render time, per tenant: a missing one is a failed render like any other.
 */
final class PortalViewResolver implements ViewResolver, Ordered {

    private final TemplateRenderer renderer;

    PortalViewResolver(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public View resolveViewName(String viewName, Locale locale) {
        if (viewName.startsWith("redirect:") || viewName.startsWith("forward:")) {
            return null;
        }
        return new PortalView(TemplateNames.ofView(viewName), renderer);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
