package org.beltportal.admin.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/** Reading {@code Authorization: Bearer <token>}, the one way for every class that needs the token. */
final class BearerTokens {

    private static final String PREFIX = "Bearer ";
    /** Set on a request the bearer token filter authenticated. */
    private static final String AUTHENTICATED = BearerTokens.class.getName() + ".authenticated";

    private BearerTokens() {
    }

    /** The token the request presents, if its Authorization header is a bearer one. */
    static Optional<String> of(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(PREFIX.length()).strip());
    }

    static void markAuthenticated(HttpServletRequest request) {
        request.setAttribute(AUTHENTICATED, Boolean.TRUE);
    }

    /** Whether a valid bearer token (not merely some Authorization header) authenticated this request. */
    static boolean authenticated(HttpServletRequest request) {
        return request.getAttribute(AUTHENTICATED) != null;
    }
}
