package org.beltportal.core.tenant.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.core.system.web.OperatorPaths;
import org.beltportal.core.tenant.Hostnames;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantDirectory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Decides which portal a request is for before anything else runs. Order: exact Host match, then a
 * {@code /t/{slug}} prefix, then the platform's own hosts. Anything else is 404, and a suspended portal
 * is 503, both answered here so that no controller ever runs for them (a suspended portal's notice may be
 * forwarded to a {@link SuspendedPortalPage}, which draws it in the portal's look). Admin and actuator paths are
 * platform-wide and pass untouched.
 */
public class TenantResolutionFilter extends OncePerRequestFilter {

    private static final Pattern PREFIX = Pattern.compile("^/t/([^/]+)(/.*)?$");

    private final TenantDirectory directory;
    private final Set<String> platformHosts;
    private final String suspendedPagePath;

    public TenantResolutionFilter(TenantDirectory directory, Set<String> platformHosts) {
        this(directory, platformHosts, null);
    }

    /** {@code suspendedPagePath} is where a suspended portal's themed notice is rendered; null for plain text. */
    public TenantResolutionFilter(TenantDirectory directory, Set<String> platformHosts, String suspendedPagePath) {
        this.directory = directory;
        this.platformHosts = Set.copyOf(platformHosts);
        this.suspendedPagePath = suspendedPagePath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = pathOf(request);
        return OperatorPaths.contains(path) || path.equals("/error");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> host = Hostnames.fromHostHeader(request.getHeader("Host"));
        Optional<Tenant> byHost = host.flatMap(directory::byHost);
        if (byHost.isPresent()) {
            serve(byHost.get(), "", request, request, response, chain);
            return;
        }
        Matcher prefix = PREFIX.matcher(pathOf(request));
        if (prefix.matches()) {
            Optional<Tenant> bySlug = directory.bySlug(prefix.group(1));
            if (bySlug.isEmpty()) {
                plain(response, HttpServletResponse.SC_NOT_FOUND, "No portal here.");
                return;
            }
            if (prefix.group(2) == null) {
                // "/t/zhili" is the portal's root: relative links only work from "/t/zhili/".
                String query = request.getQueryString();
                response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                response.setHeader("Location", request.getRequestURI() + "/" + (query == null ? "" : "?" + query));
                return;
            }
            String base = "/t/" + bySlug.get().slug();
            serve(bySlug.get(), base, request, new PrefixedRequest(request, base), response, chain);
            return;
        }
        if (host.isPresent() && platformHosts.contains(host.get())) {
            request.setAttribute(Site.ATTRIBUTE, new Site.PlatformSite());
            chain.doFilter(request, response);
            return;
        }
        plain(response, HttpServletResponse.SC_NOT_FOUND, "No portal here.");
    }

    private void serve(Tenant tenant, String base, HttpServletRequest original, HttpServletRequest request,
                              HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!tenant.isActive()) {
            response.setHeader("Retry-After", "3600");
            if (suspendedPagePath != null) {
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setHeader("Cache-Control", "no-store");
                original.setAttribute(SuspendedPortalPage.ATTRIBUTE, new Site.TenantSite(tenant, base));
                original.getRequestDispatcher(suspendedPagePath).forward(original, response);
                return;
            }
            plain(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    tenant.name() + " is temporarily unavailable. 本站暂停服务，请稍后再访问。");
            return;
        }
        original.setAttribute(Site.ATTRIBUTE, new Site.TenantSite(tenant, base));
        chain.doFilter(request, response);
    }

    private static void plain(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
