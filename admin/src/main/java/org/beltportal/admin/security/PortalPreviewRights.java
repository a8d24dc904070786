package org.beltportal.admin.security;

import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.beltportal.core.campaign.web.PreviewRights;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.user.PreviewTickets;
import org.beltportal.core.user.User;
import org.beltportal.core.user.UserService;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Answers the portal's preview question from the credentials admin issues: a bearer token, else the
 * console session, else a preview pass of the belt's own host (the cookie {@link #PASS_COOKIE}, decision 0041).
 * The public chain authenticates nobody, so all three are read here directly; the user is
 * read again from the store so that a grant revoked since login, a deleted or disabled user or a changed
 * password no longer previews. Any grant on the tenant (or platform admin) may preview, since every role
 * works on what buyers will see.
 */
@Component
class PortalPreviewRights implements PreviewRights {

    /** The cookie holding a preview pass, on a belt's own host only (no Domain attribute). */
    static final String PASS_COOKIE = "portal_preview";

    private final UserService users;
    private final PreviewTickets tickets;

    PortalPreviewRights(UserService users, PreviewTickets tickets) {
        this.users = users;
        this.tickets = tickets;
    }

    @Override
    public boolean mayPreview(HttpServletRequest request, TenantId tenantId) {
        return caller(request, tenantId).map(user -> mayPreview(user, tenantId)).orElse(false);
    }

    /** The one rule: a grant of any role on the tenant, or platform admin. */
    static boolean mayPreview(User user, TenantId tenantId) {
        PortalUser caller = PortalUser.of(user);
        return caller.isPlatformAdmin() || caller.grantedTenants().contains(tenantId);
    }

    private Optional<User> caller(HttpServletRequest request, TenantId tenantId) {
        Optional<String> token = BearerTokens.of(request);
        if (token.isPresent()) {
            return users.userForToken(token.get());
        }
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context
                && context.getAuthentication() != null
                && context.getAuthentication().getPrincipal() instanceof PortalUser user) {
            return users.sessionUser(user.id(), user.credentialStamp());
        }
        return pass(request).flatMap(pass -> tickets.passHolder(pass, tenantId));
    }

    private static Optional<String> pass(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(cookie -> PASS_COOKIE.equals(cookie.getName())).map(Cookie::getValue).findFirst();
    }
}
