package org.beltportal.admin.security;

import org.beltportal.core.system.ForbiddenException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The authenticated caller of the current admin request, for the resolvers that check rights. */
final class Callers {

    private Callers() {
    }

    /** The admin chain lets no unauthenticated request reach a handler; should one ever, it is refused, not served. */
    static PortalUser current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
            return user;
        }
        throw new ForbiddenException("you may not do this");
    }
}
