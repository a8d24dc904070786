package org.beltportal.admin.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.beltportal.core.campaign.web.PreviewRights;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.user.User;
import org.beltportal.core.user.UserService;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Answers the portal's preview question from the credentials admin issues: a bearer token, else the
 * console session. The public chain authenticates nobody, so both are read here directly; the user is
 * read again from the store so that a grant revoked since login, a deleted or disabled user or a changed
 * password no longer previews. Any grant on the tenant (or platform admin) may preview, since every role
 * works on what buyers will see.
 */
@Component
class PortalPreviewRights implements PreviewRights {

    private final UserService users;

    PortalPreviewRights(UserService users) {
        this.users = users;
    }

    @Override
    public boolean mayPreview(HttpServletRequest request, TenantId tenantId) {
        return caller(request).map(PortalUser::of)
                .map(user -> user.isPlatformAdmin() || user.grantedTenants().contains(tenantId))
                .orElse(false);
    }

    private Optional<User> caller(HttpServletRequest request) {
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
        return Optional.empty();
    }
}
