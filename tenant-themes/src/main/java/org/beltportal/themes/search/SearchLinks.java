package org.beltportal.themes.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The current search as query parameters, and links that change one of them. {@code path} is the page
 * the links point at ({@code {base}/search}, or a category's page). Any change drops the cursor: a cursor
 * belongs to one exact search and sort.
 */
public record SearchLinks(String path, Map<String, String> params) {

    static final String CURSOR = "cursor";

    public SearchLinks {
        params = new LinkedHashMap<>(params);
        params.values().removeIf(value -> value == null || value.isBlank());
    }

    String with(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        changed.remove(CURSOR);
        changed.put(name, value);
        return url(changed);
    }

    String with(String name, String value, String other, String otherValue) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        changed.remove(CURSOR);
        changed.put(name, value);
        changed.put(other, otherValue);
        return url(changed);
    }

    String without(String... names) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        changed.remove(CURSOR);
        for (String name : names) {
            changed.remove(name);
        }
        return url(changed);
    }

    /** The same search for another text, exactly as given (what a rescued search's next page continues). */
    SearchLinks searching(String text) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        changed.put("q", text);
        changed.put("exact", "1");
        return new SearchLinks(path, changed);
    }

    /** The same search one page further on: only here does the cursor change. */
    String next(String cursor) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        changed.put(CURSOR, cursor);
        return url(changed);
    }

    String value(String name) {
        return params.getOrDefault(name, "");
    }

    private String url(Map<String, String> query) {
        query.values().removeIf(value -> value == null || value.isBlank());
        String encoded = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return path + (encoded.isEmpty() ? "" : "?" + encoded);
    }
}
