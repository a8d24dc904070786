package org.beltportal.themes.cache;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which requests are public page views the cache may answer: anonymous GET or HEAD outside the admin,
 * API, actuator, asset and media paths (media files are streamed, never held whole in a cache). Decided
 * from the request alone, so it also works before the tenant filter has run (a {@code /t/{slug}} prefix is
 * looked through).
 */
final class PageRequests {

    /** The header of the theme engine's draft check (engine's DraftTickets.HEADER, which is package-private there). */
    static final String DRAFT_CHECK_HEADER = "X-BeltPortal-Draft-Check";
    private static final Pattern PREFIX = Pattern.compile("^/t/[^/]+(/.*)$");

    private PageRequests() {
    }

    static boolean isPublicPage(HttpServletRequest request) {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return false;
        }
        // A draft's check-render (its ticket header) must render, and its page must never be stored.
        if (request.getHeader("Authorization") != null || request.getRequestedSessionId() != null
                || request.getHeader(DRAFT_CHECK_HEADER) != null) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher prefixed = PREFIX.matcher(path);
        if (prefixed.matches()) {
            path = prefixed.group(1);
        }
        return !(path.startsWith("/admin") || path.startsWith("/api/") || path.startsWith("/actuator")
                || path.startsWith("/assets/") || path.startsWith("/media/") || path.equals("/error"));
    }
}
