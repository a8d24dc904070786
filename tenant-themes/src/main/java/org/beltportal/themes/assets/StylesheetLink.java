package org.beltportal.themes.assets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.themes.site.SiteView;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Puts the fingerprinted stylesheet URLs (shared and theme) into the {@code site} of every page model before it renders, so
 * controllers need not know about assets and {@code layout.ftlh} prints {@code site.stylesheets()}.
 * Error pages answered by an exception handler skip interceptors and keep the plain URLs, which work too.
 */
class StylesheetLink implements HandlerInterceptor {

    private final AssetUrls assets;

    StylesheetLink(AssetUrls assets) {
        this.assets = assets;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView modelAndView) {
        if (modelAndView != null && modelAndView.getModel().get("site") instanceof SiteView site) {
            modelAndView.addObject("site", site.withStylesheets(assets::of));
        }
    }
}
