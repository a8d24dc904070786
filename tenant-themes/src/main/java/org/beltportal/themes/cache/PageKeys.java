package org.beltportal.themes.cache;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.beltportal.themes.i18n.LocaleChoice;

/**
 * Builds the {@link PageKey} of a request, or none when the request must not be answered from the cache:
 * a {@code ?at=} or {@code ?campaign=} preview (campaign previews are per operator, and a previewed draft must
 * never reach a buyer), an oversized URL or cookie, or a query that
 * does not decode. The query is normalised (decoded, parameters sorted by name, re-encoded) so that
 * {@code ?b=1&a=2} and {@code ?a=2&b=1} or {@code %E8%A2%9C} and a raw 袜 share one entry; a result link's
 * {@code pos} is left out.
 */
final class PageKeys {

    // The language cookie is one input of the page (LocaleChoice reads it); ?lang= is in the query already.
    static final String LANG = LocaleChoice.COOKIE;
    static final Set<String> PREVIEW = Set.of("at", "campaign");
    /**
     * A search result link's position ({@code ?from=search&pos=N}): counted by insight's filter, which runs outside
     * this cache, and rendered by no page, so it is left out of the key: a product page is not stored once per
     * position it was clicked at.
     */
    static final String RESULT_POSITION = "pos";
    private static final int MAX_URL = 2048;
    private static final int MAX_LANG = 35;

    private PageKeys() {
    }

    static Optional<PageKey> of(HttpServletRequest request, long tenant, long generation) {
        String path = request.getRequestURI();
        String rawQuery = request.getQueryString();
        if (path.length() + (rawQuery == null ? 0 : rawQuery.length()) > MAX_URL) {
            return Optional.empty();
        }
        Optional<List<Parameter>> parameters = parse(rawQuery);
        if (parameters.isEmpty() || parameters.get().stream().anyMatch(p -> PREVIEW.contains(p.name()))) {
            return Optional.empty();
        }
        String lang = langCookie(request);
        if (lang.length() > MAX_LANG) {
            return Optional.empty();
        }
        String origin = request.getScheme() + "://" + String.valueOf(request.getHeader("Host")).toLowerCase(Locale.ROOT);
        return Optional.of(new PageKey(tenant, generation, lang, origin, path, normalised(parameters.get())));
    }

    /** The normalised form of a raw query string; empty when it does not decode. */
    static Optional<String> normalisedQuery(String rawQuery) {
        return parse(rawQuery).map(PageKeys::normalised);
    }

    private static String normalised(List<Parameter> parameters) {
        List<String> parts = new ArrayList<>(parameters.size());
        // A stable sort: repeated names (?rating=4A&rating=5A) keep their order, which a page may rely on.
        parameters.stream().filter(p -> !p.name().equals(RESULT_POSITION)).sorted(Comparator.comparing(Parameter::name))
                .forEach(p -> parts.add(encode(p.name()) + "=" + encode(p.value())));
        return String.join("&", parts);
    }

    private static Optional<List<Parameter>> parse(String rawQuery) {
        List<Parameter> parameters = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Optional.of(parameters);
        }
        try {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                parameters.add(new Parameter(decode(name), decode(value)));
            }
            return Optional.of(parameters);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static String langCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (LANG.equals(cookie.getName())) {
                    return cookie.getValue() == null ? "" : cookie.getValue().strip();
                }
            }
        }
        return "";
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private record Parameter(String name, String value) {
    }
}
