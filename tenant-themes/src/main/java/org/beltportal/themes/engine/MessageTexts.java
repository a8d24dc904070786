package org.beltportal.themes.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.beltportal.themes.i18n.Messages;
import org.beltportal.themes.i18n.PortalLocale;

/**
 * What the template rules know of {@code msg}, the message texts every page receives: they come from the
 * bundles on the classpath, read once into immutable maps, so no operator can make one longer or give it
 * more placeholders. A {@code msg["key"]?replace("{0}", site.name())} therefore inserts its computed text
 * as often as the message holds {@code {0}} (once), not as often as a template-built text could; this
 * class says how long a message can be and how often a text can occur in it, over every language.
 * It holds only as long as {@code msg} is the data model's: a template that binds the name itself is
 * refused ({@link ExpressionSizes}).
 */
final class MessageTexts {

    static final String NAME = "msg";

    private static final List<Map<String, String>> BUNDLES = bundles();

    private MessageTexts() {
    }

    /** Every language's text of {@code key}, or of every key when the key is computed (empty). */
    static List<String> candidates(Optional<String> key) {
        List<String> texts = new ArrayList<>();
        for (Map<String, String> bundle : BUNDLES) {
            if (key.isEmpty()) {
                texts.addAll(bundle.values());
            } else if (bundle.containsKey(key.get())) {
                texts.add(bundle.get(key.get()));
            }
        }
        return texts;
    }

    static int longest(Collection<String> texts) {
        return texts.stream().mapToInt(String::length).max().orElse(0);
    }

    /** The most times {@code text} occurs (without overlapping, as ?replace finds it) in one of {@code texts}. */
    static int mostOccurrences(Collection<String> texts, String text) {
        return texts.stream().mapToInt(candidate -> occurrences(candidate, text)).max().orElse(0);
    }

    /** The characters of all messages of the longest bundle: what {@code msg} itself amounts to. */
    static long allCharacters() {
        return BUNDLES.stream().mapToLong(bundle -> bundle.values().stream().mapToLong(String::length).sum()
                + bundle.keySet().stream().mapToLong(String::length).sum()).max().orElse(0);
    }

    static int size() {
        return BUNDLES.stream().mapToInt(Map::size).max().orElse(0);
    }

    static int occurrences(String in, String text) {
        if (text.isEmpty()) {
            return in.length() + 1;
        }
        int count = 0;
        for (int at = in.indexOf(text); at >= 0; at = in.indexOf(text, at + text.length())) {
            count++;
        }
        return count;
    }

    private static List<Map<String, String>> bundles() {
        Messages messages = new Messages();
        List<Map<String, String>> bundles = new ArrayList<>();
        for (PortalLocale locale : PortalLocale.values()) {
            bundles.add(messages.of(locale));
        }
        return List.copyOf(bundles);
    }
}
