package org.beltportal.themes.insight;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.core.insight.InsightRecorder;
import org.beltportal.core.insight.ItemKind;
import org.beltportal.core.insight.PageType;
import org.beltportal.core.insight.SearchSeen;
import org.beltportal.core.insight.VisitSource;
import org.beltportal.core.system.web.TrustedProxies;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.web.Site;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts a buyer's view of a belt's page once it has been answered (200, or 304 to a browser revalidating
 * its copy): its page type, the product or supplier it shows, the visitor, a result click when a search result link brought the buyer
 * ({@code ?from=search&pos=N}, which needs no JavaScript), and the search a search page made (which the page
 * cache replays on a hit). It runs outside the page cache, so cached pages count exactly like rendered ones.
 * Not counted: other methods, HEAD, admin, API, asset and media paths, files such as sitemap.xml, operator
 * previews ({@code ?at=}, draft check-renders, bearer tokens) and known bots (counted as bot requests only).
 */
class PageViewFilter extends OncePerRequestFilter {

    static final String POSITION = "pos";
    static final String DRAFT_CHECK_HEADER = "X-BeltPortal-Draft-Check";
    private static final Pattern NOT_PAGES = Pattern.compile("^/(admin|api|actuator|assets|media|error)(/.*)?$");

    private final InsightRecorder recorder;
    private final TrustedProxies proxies;

    PageViewFilter(InsightRecorder recorder, TrustedProxies proxies) {
        this.recorder = recorder;
        this.proxies = proxies;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!recorder.enabled() || !request.getMethod().equals("GET")
                || !(request.getAttribute(Site.ATTRIBUTE) instanceof Site.TenantSite)
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getHeader(DRAFT_CHECK_HEADER) != null
                || request.getParameter("at") != null) {
            return true;
        }
        String path = pathInPortal(request);
        return NOT_PAGES.matcher(path).matches() || path.substring(path.lastIndexOf('/') + 1).contains(".");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        int status = response.getStatus();
        if (status != HttpServletResponse.SC_OK && status != HttpServletResponse.SC_NOT_MODIFIED) {
            return;
        }
        Tenant tenant = ((Site.TenantSite) request.getAttribute(Site.ATTRIBUTE)).tenant();
        String userAgent = request.getHeader(HttpHeaders.USER_AGENT);
        String path = pathInPortal(request);
        PageType type = PageType.ofPath(path);
        boolean counted = recorder.pageView(tenant, type, proxies.clientOf(request).value(), userAgent);
        if (counted) {
            long id = itemId(path);
            ItemKind.of(type).filter(kind -> id > 0).ifPresent(kind -> recorder.itemView(tenant.id(), kind, id));
        }
        if (counted && type == PageType.PRODUCT
                && VisitSource.SEARCH.code().equals(request.getParameter(VisitSource.PARAMETER))) {
            recorder.resultClick(tenant.id(), position(request.getParameter(POSITION)));
        }
        if (counted && request.getAttribute(SearchSeen.ATTRIBUTE) instanceof SearchSeen search) {
            recorder.search(tenant, userAgent, search);
        }
    }

    /**
     * The id in {@code /products/7} or {@code /suppliers/7/...}, or 0 when the second segment is no plain number.
     * The page was answered 200 or 304, so the id is one of the belt's.
     */
    private static long itemId(String path) {
        String[] segments = path.split("/", 4);
        String text = segments.length > 2 ? segments[2] : "";
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return 0;
        }
        return Long.parseLong(text);
    }

    /** The position a result link carries, or 0 (not counted) when it is no plain number. */
    private static int position(String text) {
        if (text == null || text.isEmpty() || text.length() > 4 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return 0;
        }
        return Integer.parseInt(text);
    }

    /** The path inside the portal: the tenant filter presents a {@code /t/{slug}} prefix as the context path. */
    private static String pathInPortal(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.isEmpty() ? "/" : path;
    }
}
