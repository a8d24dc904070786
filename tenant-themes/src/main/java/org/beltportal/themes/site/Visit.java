package org.beltportal.themes.site;

import java.util.HashMap;
import java.util.Map;

import org.beltportal.themes.i18n.Messages;
import org.beltportal.themes.i18n.PortalLocale;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * One request to a portal page as pages need it: the chrome, the chosen language and its messages, and
 * where the page lives. {@code hostOrigin} is {@code scheme://host[:port]}, {@code origin} adds the base
 * path ("/t/{slug}" under the prefix), {@code path} is the page's path inside the portal ("/products/7").
 * Controllers declare it as a parameter ({@link VisitArgumentResolver}) and finish with {@link #render}.
 */
public record Visit(SiteView site, PortalLocale locale, PortalLocale portalDefault, Map<String, String> msg,
                    String hostOrigin, String origin, String path) {

    public Visit {
        msg = Map.copyOf(msg);
    }

    /** The absolute URL of a path inside this portal. */
    public String absolute(String pathInPortal) {
        return origin + pathInPortal;
    }

    /** An image URL as crawlers need it: absolute, or "" for anything not http(s) or site-relative. */
    public String absoluteImage(String url) {
        String safe = Text.safeUrl(url);
        return safe.startsWith("/") ? hostOrigin + safe : safe;
    }

    /**
     * The page's own SEO data: canonical without query parameters other than a non-default language,
     * x-default without any.
     */
    public Seo seo(String ogType) {
        String plain = absolute(path);
        String canonical = locale == portalDefault ? plain : plain + "?lang=" + locale.tag();
        return new Seo(canonical, plain, ogType, "", "");
    }

    /**
     * The SEO data of page {@code page} of a numbered listing. Every page is its own canonical page, as
     * search engines ask: a later page pointing at the first would hide the items only it lists.
     */
    public Seo seo(String ogType, int page) {
        if (page <= 1) {
            return seo(ogType);
        }
        String paged = absolute(path) + "?page=" + page;
        String canonical = locale == portalDefault ? paged : absolute(path) + "?lang=" + locale.tag() + "&page=" + page;
        return new Seo(canonical, paged, ogType, "", "");
    }

    public String text(String key, Object... args) {
        return Messages.format(msg, key, args);
    }

    public ModelAndView render(String view, Object page, Seo seo) {
        return render(view, page, seo, HttpStatus.OK);
    }

    /** Every page's model: {@code site}, {@code page}, {@code msg} and {@code seo}, nothing else. */
    public ModelAndView render(String view, Object page, Seo seo, HttpStatus status) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", site);
        model.put("page", page);
        model.put("msg", msg);
        model.put("seo", seo);
        return new ModelAndView(view, model, status);
    }
}
