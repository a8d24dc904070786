package org.beltportal.themes.site;

import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes schema.org data as JSON that is safe inside {@code <script type="application/ld+json">}: Jackson
 * does the JSON escaping, and {@code <}, {@code >} and {@code &} become {@code \u003c} style escapes so that
 * no value (a product titled {@code </script><script>...}) can close the element. Templates print the
 * result with {@code ?no_esc}; HTML escaping would turn its quotes into entities and break the JSON.
 */
@Component
public class JsonLd {

    private final JsonMapper json;

    public JsonLd(JsonMapper json) {
        this.json = json;
    }

    public String write(Map<String, ?> data) {
        return escape(json.writeValueAsString(data));
    }

    static String escape(String json) {
        StringBuilder safe = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> safe.append("\\u003c");
                case '>' -> safe.append("\\u003e");
                case '&' -> safe.append("\\u0026");
                case '\u2028' -> safe.append("\\u2028");
                case '\u2029' -> safe.append("\\u2029");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }
}
