package org.beltportal.admin.security;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.beltportal.core.system.ForbiddenException;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.user.PreviewTickets;
import org.beltportal.core.user.User;
import org.beltportal.core.user.UserService;
import org.springframework.stereotype.Component;

/**
 * Opens a belt's portal at a chosen instant for a console user (decision 0041). On a belt with its own host the
 * console session is not sent there, so the user gets a single-use ticket and goes to the host's exchange
 * ({@link PreviewExchangeController}), which turns it into a preview pass for that host. A belt without a host of
 * its own is reached under {@code /t/{slug}} on the console's host, where the session itself is honoured.
 */
@Component
public class PreviewHandoff {

    /** A page of the portal: a path of this site, never another host ({@code //evil}) or a scheme. */
    static final Pattern PAGE = Pattern.compile("/(?![/\\\\])[A-Za-z0-9._~!$&'()*+,;=:@%/-]{0,300}");

    private final PreviewTickets tickets;
    private final UserService users;
    private final TenantService tenants;

    PreviewHandoff(PreviewTickets tickets, UserService users, TenantService tenants) {
        this.tickets = tickets;
        this.users = users;
        this.tenants = tenants;
    }

    /** Where to send {@code caller} to see {@code page} of {@code belt} at {@code at} (wall-clock time in the belt's zone). */
    public URI start(PortalUser caller, Tenant belt, String page, LocalDateTime at, HttpServletRequest request) {
        return start(caller, belt, page, at, null, request);
    }

    /**
     * The same with the belt's campaign {@code campaignId} (any status; null for none) previewed in place, as if it
     * were approved (decision 0046): the portal checks the id belongs to the belt.
     */
    public URI start(PortalUser caller, Tenant belt, String page, LocalDateTime at, Long campaignId, HttpServletRequest request) {
        User user = users.sessionUser(caller.id(), caller.credentialStamp())
                .filter(found -> PortalPreviewRights.mayPreview(found, belt.id()))
                .orElseThrow(() -> new ForbiddenException(caller.username() + " may not preview " + belt.slug()));
        String target = pageAt(page, at, campaignId);
        List<String> hosts = tenants.hosts(belt.id());
        if (hosts.isEmpty()) {
            return URI.create(request.getContextPath() + "/t/" + belt.slug() + target);
        }
        String ticket = tickets.issue(user, belt.id());
        int port = request.getServerPort();
        boolean defaultPort = port == ("https".equals(request.getScheme()) ? 443 : 80);
        return URI.create(request.getScheme() + "://" + hosts.getFirst() + (defaultPort ? "" : ":" + port) + request.getContextPath()
                + PreviewExchangeController.PATH + "?ticket=" + encode(ticket) + "&page=" + encode(target));
    }

    /** {@code page} (else the home page) with {@code ?at=}; a page that is not a plain path of the site is the home page. */
    static String pageAt(String page, LocalDateTime at) {
        return pageAt(page, at, null);
    }

    /** {@code page} at {@code at} with {@code &campaign=} when a campaign is previewed in place. */
    static String pageAt(String page, LocalDateTime at, Long campaignId) {
        String path = page != null && PAGE.matcher(page).matches() && !page.contains("?") ? page : "/";
        return path + "?at=" + at + (campaignId == null ? "" : "&campaign=" + campaignId);
    }

    /** Whether {@code target} is what {@link #pageAt} makes: a plain page of the site with its preview parameters. */
    static boolean isPageAt(String target) {
        return target != null && PAGE.matcher(target.replaceFirst("\\?at=[^&#]*(&campaign=\\d{1,18})?$", "")).matches();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
