package org.beltportal.admin.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.beltportal.core.user.User;
import org.beltportal.core.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Console sessions, checked against the store on every request. The session remembers who logged in
 * (user id and credential stamp); each request reads that user and their grants again (two lookups by
 * key), so a revoked grant holds from the next request on, and a deleted or disabled user or a changed
 * password ends the session: it is invalidated and the request is anonymous, answered 401 or sent to the
 * login page with {@link #ENDED} set so the answer can say why.
 */
public class CheckedSessionRepository implements SecurityContextRepository {

    /** Request attribute: this request's session was ended because its user changed. */
    static final String ENDED = CheckedSessionRepository.class.getName() + ".ended";

    private static final Logger log = LoggerFactory.getLogger(CheckedSessionRepository.class);

    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final UserService users;

    public CheckedSessionRepository(UserService users) {
        this.users = users;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        DeferredSecurityContext stored = sessions.loadDeferredContext(request);
        return new DeferredSecurityContext() {
            private SecurityContext checked;

            @Override
            public SecurityContext get() {
                if (checked == null) {
                    checked = check(stored.get(), request);
                }
                return checked;
            }

            @Override
            public boolean isGenerated() {
                return get().getAuthentication() == null;
            }
        };
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return check(sessions.loadContext(holder), holder.getRequest());
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        sessions.saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return sessions.containsContext(request);
    }

    private SecurityContext check(SecurityContext context, HttpServletRequest request) {
        if (context.getAuthentication() == null || !(context.getAuthentication().getPrincipal() instanceof PortalUser remembered)) {
            return context;
        }
        Optional<User> current = users.sessionUser(remembered.id(), remembered.credentialStamp());
        if (current.isPresent()) {
            SecurityContext fresh = SecurityContextHolder.createEmptyContext();
            fresh.setAuthentication(PasswordAuthenticationProvider.authenticated(PortalUser.of(current.get())));
            return fresh;
        }
        log.info("Ended the console session of {}: the user was deleted or disabled, or the password changed", remembered.username());
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.setAttribute(ENDED, Boolean.TRUE);
        return SecurityContextHolder.createEmptyContext();
    }
}
