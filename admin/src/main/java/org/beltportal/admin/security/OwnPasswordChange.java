package org.beltportal.admin.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.core.system.web.ClientAddress;
import org.beltportal.core.user.User;
import org.beltportal.core.user.UserService;
import org.beltportal.core.user.WrongPasswordException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A user changes their own password, from the API or the console page. A wrong current password is a
 * guess like a failed login, so it goes through the login throttle. Every other session and token of the
 * user ends; the one the change was made with carries on: its token is kept, or its session is given a
 * new id and the new credential stamp.
 */
@Component
public class OwnPasswordChange {

    private final UserService users;
    private final LoginThrottle throttle;
    private final CheckedSessionRepository sessions;

    public OwnPasswordChange(UserService users, LoginThrottle throttle, CheckedSessionRepository sessions) {
        this.users = users;
        this.throttle = throttle;
        this.sessions = sessions;
    }

    /**
     * @throws org.beltportal.core.system.InvalidInputException naming {@code currentPassword} or {@code newPassword}
     * @throws org.beltportal.core.system.TooManyRequestsException after too many wrong current passwords
     */
    public void change(PortalUser caller, ClientAddress address, String currentPassword, String newPassword,
                       HttpServletRequest request, HttpServletResponse response) {
        LoginThrottle.Attempt attempt = throttle.begin(LoginThrottle.account(caller.id()), address);
        boolean byToken = BearerTokens.authenticated(request);
        User changed;
        try {
            changed = users.changePassword(caller.id(), currentPassword, newPassword,
                    byToken ? BearerTokens.of(request).orElseThrow() : null);
        } catch (WrongPasswordException guess) {
            throw guess;
        } catch (RuntimeException refused) {
            // The current password was right: a weak new one is no failed guess.
            attempt.succeeded();
            throw refused;
        }
        attempt.succeeded();
        if (!byToken && request.getSession(false) != null) {
            request.changeSessionId();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(PasswordAuthenticationProvider.authenticated(PortalUser.of(changed)));
            SecurityContextHolder.setContext(context);
            sessions.saveContext(context, request, response);
        }
    }
}
