package org.beltportal.admin.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

/**
 * The services' problem messages (field problems, import row errors, a job's summary) in the console's language.
 * The services answer the JSON API in English and say the same to the console; each message they can send has a
 * key in the {@code said} bundle, whose English text is the message as the service writes it, with {@code {0}}
 * where a value stands (a number, a name). A message is recognised by that English text and shown with the
 * key's text in the console's language; the values found in it are recognised in turn ("tier 2 price" +
 * "at most 2 decimals"). A message no key knows is shown as the service wrote it.
 */
final class ServiceMessages {

    static final String BUNDLE = ConsoleMessages.FOLDER + "said";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final int DEPTH = 3;

    private record Known(String key, Pattern english, List<Integer> order, int literalLength) {
    }

    private final List<Known> known;
    private final MessageSource messages;

    ServiceMessages(MessageSource messages) {
        this.messages = messages;
        this.known = read();
    }

    /** {@code message} in {@code locale}'s words, or as it was when no key knows it. */
    String in(ConsoleLocale locale, String message) {
        if (message == null || message.isBlank() || locale.locale().getLanguage().equals("en")) {
            return message;
        }
        return translated(locale, message, DEPTH);
    }

    private String translated(ConsoleLocale locale, String message, int depth) {
        if (depth == 0) {
            return message;
        }
        for (Known candidate : known) {
            Matcher m = candidate.english().matcher(message);
            if (m.matches()) {
                Object[] values = new Object[candidate.order().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
                for (int group = 1; group <= m.groupCount(); group++) {
                    values[candidate.order().get(group - 1)] = translated(locale, m.group(group), depth - 1);
                }
                return messages.getMessage(candidate.key(), values, locale.locale());
            }
        }
        return message;
    }

    /** Every key with its English text as a pattern, the most specific (the most fixed text) first. */
    private static List<Known> read() {
        Properties english = new Properties();
        try (InputStream in = ServiceMessages.class.getResourceAsStream("/" + BUNDLE + "_en.properties")) {
            if (in == null) {
                throw new IllegalStateException(BUNDLE + "_en.properties is not on the classpath");
            }
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Known> known = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            known.add(pattern(key, english.getProperty(key)));
        }
        known.sort(Comparator.comparingInt(Known::literalLength).reversed().thenComparing(Known::key));
        return List.copyOf(known);
    }

    private static Known pattern(String key, String text) {
        StringBuilder regex = new StringBuilder();
        List<Integer> order = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int at = 0;
        int literal = 0;
        while (m.find()) {
            regex.append(Pattern.quote(text.substring(at, m.start()))).append("(.+?)");
            literal += m.start() - at;
            order.add(Integer.parseInt(m.group(1)));
            at = m.end();
        }
        regex.append(Pattern.quote(text.substring(at)));
        literal += text.length() - at;
        return new Known(key, Pattern.compile(regex.toString(), Pattern.DOTALL), List.copyOf(order), literal);
    }
}
