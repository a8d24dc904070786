package org.beltportal.admin.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.core.system.web.ApiError;
import org.beltportal.core.system.web.ApiErrorWriter;
import org.beltportal.core.user.UserService;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>}. A bearer header that does not name a live token
 * is answered 401 at once rather than falling through as anonymous, so a client learns its token expired.
 * The token's user is read from the store on every request, so grants follow it and a token of a deleted
 * or disabled user, or one revoked by a password change, stops at once.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

    private final UserService users;
    private final ApiErrorWriter errors;

    public BearerTokenFilter(UserService users, ApiErrorWriter errors) {
        this.users = users;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> token = BearerTokens.of(request);
        if (token.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        var user = users.userForToken(token.get());
        if (user.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            errors.write(response, HttpServletResponse.SC_UNAUTHORIZED,
                    ApiError.of("unauthorized", "the bearer token is unknown, expired or revoked"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(PasswordAuthenticationProvider.authenticated(PortalUser.of(user.get())));
        SecurityContextHolder.setContext(context);
        BearerTokens.markAuthenticated(request);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
