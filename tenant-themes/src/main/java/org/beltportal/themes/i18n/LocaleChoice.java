package org.beltportal.themes.i18n;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Picks the language of a page: a valid {@code ?lang=} wins and is remembered in a cookie; otherwise the
 * cookie; otherwise the portal's default. Invalid values are ignored, never an error. The cookie's path
 * is the portal's base, so belts reached by prefix on one host each keep their own choice.
 */
@Component
public class LocaleChoice {

    public static final String PARAMETER = "lang";
    public static final String COOKIE = "portal_lang";
    private static final Duration COOKIE_LIFETIME = Duration.ofDays(365);

    public PortalLocale choose(HttpServletRequest request, HttpServletResponse response, String basePath,
                               String portalDefault) {
        Optional<PortalLocale> asked = PortalLocale.fromTag(request.getParameter(PARAMETER));
        if (asked.isPresent()) {
            ResponseCookie cookie = ResponseCookie.from(COOKIE, asked.get().tag())
                    .path(basePath.isEmpty() ? "/" : basePath + "/")
                    .maxAge(COOKIE_LIFETIME).httpOnly(true).sameSite("Lax").build();
            response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
            return asked.get();
        }
        return fromCookie(request)
                .or(() -> PortalLocale.fromTag(portalDefault))
                .orElse(PortalLocale.DEFAULT);
    }

    private static Optional<PortalLocale> fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                Optional<PortalLocale> locale = PortalLocale.fromTag(cookie.getValue());
                if (locale.isPresent()) {
                    return locale;
                }
            }
        }
        return Optional.empty();
    }
}
