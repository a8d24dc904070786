package org.beltportal.themes.cache;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.core.insight.SearchSeen;
import org.beltportal.core.tenant.web.Site;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers public page GETs from {@link PageCache}, or renders them once and stores the result. Every 200
 * page it passes gets a strong ETag and {@code Cache-Control: public, max-age=0, must-revalidate}, so a
 * browser revalidates and gets a bodiless 304 when nothing changed, cached or not. Never involved: other
 * methods, /admin, /api, /actuator, assets, anything with credentials (an Authorization header or a session
 * cookie) and requests the tenant filter did not resolve to a site. A render that sets its own
 * Cache-Control or a cookie, or opens a session, is passed through untouched.
 */
class PageCacheFilter extends OncePerRequestFilter {

    static final String CACHE_CONTROL = "public, max-age=0, must-revalidate";

    private final PageCache cache;
    private final ContentGenerations generations;
    private final PageCacheMetrics metrics;
    private final PageCacheProperties properties;
    private final Clock clock;

    PageCacheFilter(PageCache cache, ContentGenerations generations, PageCacheMetrics metrics,
                    PageCacheProperties properties, Clock clock) {
        this.cache = cache;
        this.generations = generations;
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !(request.getAttribute(Site.ATTRIBUTE) instanceof Site) || !PageRequests.isPublicPage(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long tenant = request.getAttribute(Site.ATTRIBUTE) instanceof Site.TenantSite site
                ? site.tenant().id().value() : ContentGenerations.PLATFORM;
        Optional<PageKey> key = PageKeys.of(request, tenant, generations.current(tenant));
        if (key.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<CachedPage> cached = cache.get(key.get());
        if (cached.isPresent()) {
            serve(cached.get(), request, response, true);
            return;
        }
        if (request.getMethod().equals("HEAD")) {
            // A HEAD render writes no body, so it has nothing to store or hash.
            chain.doFilter(request, response);
            return;
        }
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        long started = System.nanoTime();
        chain.doFilter(request, capture);
        metrics.rendered(System.nanoTime() - started);
        Optional<CachedPage> rendered = cacheable(request, capture);
        if (rendered.isEmpty()) {
            capture.copyBodyToResponse();
            return;
        }
        CachedPage page = rendered.get();
        if (page.expiresAt().isAfter(clock.instant()) && page.body().length <= properties.maxEntrySize().toBytes()
                && generations.storable(tenant, key.get().generation())) {
            cache.put(key.get(), page);
        }
        serve(page, request, response, false);
    }

    /** The render as a page to store and replay, or empty when it is not a plain public 200. */
    private Optional<CachedPage> cacheable(HttpServletRequest request, ContentCachingResponseWrapper capture) {
        if (capture.getStatus() != HttpServletResponse.SC_OK || capture.getContentType() == null
                || capture.containsHeader("Cache-Control") || capture.containsHeader("Set-Cookie")
                || request.getSession(false) != null) {
            return Optional.empty();
        }
        byte[] body = capture.getContentAsByteArray();
        String language = capture.getHeader("Content-Language");
        if (language == null && capture.getLocale() != null) {
            language = capture.getLocale().toLanguageTag();
        }
        String vary = capture.getHeader("Vary");
        vary = vary == null ? "Cookie" : vary.toLowerCase().contains("cookie") ? vary : vary + ", Cookie";
        Instant expiresAt = clock.instant().plus(properties.ttl());
        Instant validUntil = PageFreshness.validUntil(request).orElse(expiresAt);
        return Optional.of(new CachedPage(body, capture.getContentType(), language, vary, ETags.of(body),
                validUntil.isBefore(expiresAt) ? validUntil : expiresAt,
                request.getAttribute(SearchSeen.ATTRIBUTE) instanceof SearchSeen search ? search : null));
    }

    private void serve(CachedPage page, HttpServletRequest request, HttpServletResponse response, boolean fromCache)
            throws IOException {
        if (fromCache && page.search() != null) {
            // A 304 or a hit is the buyer's search all the same: insight (outside this filter) counts it.
            request.setAttribute(SearchSeen.ATTRIBUTE, page.search());
        }
        response.setHeader("ETag", page.etag());
        response.setHeader("Cache-Control", CACHE_CONTROL);
        response.setHeader("Vary", page.vary());
        if (ETags.matches(request.getHeader("If-None-Match"), page.etag())) {
            metrics.notModified();
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        if (fromCache) {
            metrics.hit();
        } else {
            metrics.miss();
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        if (page.contentLanguage() != null) {
            response.setHeader("Content-Language", page.contentLanguage());
        }
        response.setContentLength(page.body().length);
        if (!request.getMethod().equals("HEAD")) {
            response.getOutputStream().write(page.body());
        }
    }
}
