package org.beltportal.themes.site;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.beltportal.themes.i18n.Messages;
import org.beltportal.themes.i18n.PortalLocale;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * One request to a portal page as pages need it: the chrome, the chosen language and its messages, and
 * where the page lives. {@code hostOrigin} is {@code scheme://host[:port]} of a host the server is configured
 * to answer for, never a Host header taken on trust ({@link PublicOrigin}); {@code origin} adds the base
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

    public Seo seo(String ogType) {
        return seo(ogType, 1);
    }

    /**
     * The SEO data of page {@code page} (1 unless the page is a numbered listing): canonical without query
     * parameters other than a non-default language and a page number from 2 on, x-default without the
     * language. Every page of a listing is its own canonical page, as search engines ask: a later page
     * pointing at the first would hide the items only it lists.
     */
    public Seo seo(String ogType, int page) {
        String language = locale == portalDefault ? "" : "lang=" + locale.tag();
        String pageNumber = page > 1 ? "page=" + page : "";
        String plain = absolute(path);
        return new Seo(withQuery(plain, language, pageNumber), withQuery(plain, pageNumber), ogType, "", "");
    }

    private static String withQuery(String url, String... parameters) {
        String query = Stream.of(parameters).filter(parameter -> !parameter.isEmpty()).collect(Collectors.joining("&"));
        return query.isEmpty() ? url : url + "?" + query;
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
