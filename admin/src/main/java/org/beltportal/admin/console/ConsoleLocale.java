package org.beltportal.admin.console;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The console's two languages. {@code ?lang=en} or {@code ?lang=zh-CN} on any page switches and is remembered
 * in a cookie; without either, Chinese, as the people who run belts read it. The console keeps its own
 * choice rather than a global locale resolver: a belt's public pages follow the belt's locale, not this.
 */
public enum ConsoleLocale {
    ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE),
    EN("en", Locale.ENGLISH);

    static final String PARAMETER = "lang";
    static final String COOKIE = "console_lang";
    private static final Duration REMEMBERED = Duration.ofDays(365);

    private final String tag;
    private final Locale locale;

    ConsoleLocale(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The language tag, for {@code <html lang>} and the switch link. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    public ConsoleLocale other() {
        return this == ZH_CN ? EN : ZH_CN;
    }

    /** The request's language: the parameter (and then remembers it), else the cookie, else Chinese. */
    static ConsoleLocale of(HttpServletRequest request, HttpServletResponse response) {
        ConsoleLocale asked = byTag(request.getParameter(PARAMETER));
        if (asked != null) {
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, asked.tag)
                    .path(request.getContextPath() + "/admin").maxAge(REMEMBERED).httpOnly(true).sameSite("Lax")
                    .secure(request.isSecure()).build().toString());
            return asked;
        }
        Cookie[] cookies = request.getCookies();
        ConsoleLocale remembered = cookies == null ? null : Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(cookie -> byTag(cookie.getValue())).filter(locale -> locale != null)
                .findFirst().orElse(null);
        return remembered != null ? remembered : ZH_CN;
    }

    private static ConsoleLocale byTag(String tag) {
        return Arrays.stream(values()).filter(locale -> locale.tag.equals(tag)).findFirst().orElse(null);
    }
}
