package org.beltportal.themes.site;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.beltportal.core.tenant.Hostnames;
import org.beltportal.core.tenant.web.Site;
import org.springframework.http.HttpHeaders;

/**
 * The {@code scheme://host[:port]} that a page's absolute URLs start with (canonical, og:url, hreflang,
 * sitemaps, robots.txt, the festival feed). Only a host this server is configured to answer for appears
 * there: the belt's own host a request was matched on, or a platform host for the {@code /t/{slug}/} form.
 * Under the prefix any Host header reaches a belt, so an unknown one is replaced by the first platform host
 * (docs/pages.md, Absolute URLs). A port is kept only when it is the one the server listens on, so a forged
 * {@code Host: belt:6666} cannot move links either.
 */
public final class PublicOrigin {

    /** Where prefix pages point when no platform host is configured at all. */
    private static final String FALLBACK_HOST = "localhost";

    private final List<String> platformHosts;

    PublicOrigin(Collection<String> platformHosts) {
        this.platformHosts = platformHosts.stream().map(Hostnames::normalise).flatMap(Optional::stream).distinct().toList();
    }

    String of(Site site, HttpServletRequest request) {
        Optional<String> asked = Hostnames.fromHostHeader(request.getHeader(HttpHeaders.HOST));
        boolean matchedBelt = site instanceof Site.TenantSite tenantSite && tenantSite.basePath().isEmpty();
        String host = asked.filter(name -> matchedBelt || platformHosts.contains(name))
                .orElse(platformHosts.isEmpty() ? FALLBACK_HOST : platformHosts.getFirst());
        return request.getScheme() + "://" + host + portSuffix(request);
    }

    /**
     * {@code ":port"} when the request came to the port the server listens on and it is not the scheme's
     * default, else nothing: the port of a Host header alone is the client's word.
     */
    public static String portSuffix(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean shown = port > 0 && port == request.getLocalPort()
                && !("http".equals(scheme) && port == 80) && !("https".equals(scheme) && port == 443);
        return shown ? ":" + port : "";
    }
}
