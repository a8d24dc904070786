package org.beltportal.themes.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/**
 * The message bundles, read once as UTF-8 into immutable maps. Templates get the map of the visitor's
 * locale as {@code msg}: a plain map, not Spring's MessageSource, because operator-edited templates must
 * not reach framework objects.
 */
@Component
public class Messages {

    private final Map<PortalLocale, Map<String, String>> bundles = new EnumMap<>(PortalLocale.class);

    public Messages() {
        for (PortalLocale locale : PortalLocale.values()) {
            bundles.put(locale, load(locale.bundle()));
        }
    }

    public Map<String, String> of(PortalLocale locale) {
        return bundles.get(locale);
    }

    /** The text of {@code key} with {@code {0}}, {@code {1}}... replaced, for labels built in Java. */
    public static String format(Map<String, String> msg, String key, Object... args) {
        String text = msg.getOrDefault(key, key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    static Map<String, String> load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing message bundle " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read message bundle " + resource, e);
        }
        Map<String, String> map = new TreeMap<>();
        properties.forEach((key, value) -> map.put((String) key, (String) value));
        return Map.copyOf(map);
    }
}
