package org.beltportal.admin.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The console's bundles stay in step (petclinic's I18nPropertiesSyncTest), and every label a template names exists. */
class ConsoleMessagesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("t\\(\"([a-zA-Z.]*[a-zA-Z])\"\\s*[,)]");

    @Test
    void chineseAndEnglishHoldTheSameKeys() throws IOException {
        for (String basename : ConsoleMessages.basenames()) {
            assertThat(bundle(basename, "en").stringPropertyNames()).as(basename)
                    .isEqualTo(bundle(basename, "zh_CN").stringPropertyNames());
        }
    }

    @Test
    void noKeyIsInTwoBundles() throws IOException {
        Set<String> seen = new HashSet<>();
        for (String basename : ConsoleMessages.basenames()) {
            for (String key : bundle(basename, "zh_CN").stringPropertyNames()) {
                assertThat(seen.add(key)).as(key + " in " + basename + " and another bundle").isTrue();
            }
        }
    }

    @Test
    void everyKeyATemplateNamesIsInTheBundles() throws IOException {
        Set<String> named = new HashSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/console"))) {
            for (Path template : templates.filter(path -> path.toString().endsWith(".ftlh")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    named.add(matcher.group(1));
                }
            }
        }
        assertThat(named).hasSizeGreaterThan(30);
        Set<String> known = new HashSet<>();
        for (String basename : ConsoleMessages.basenames()) {
            known.addAll(bundle(basename, "zh_CN").stringPropertyNames());
        }
        assertThat(known).containsAll(named);
    }

    private static Properties bundle(String basename, String locale) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ConsoleMessagesTest.class.getResourceAsStream("/" + basename + "_" + locale + ".properties")) {
            assertThat(in).as(basename + "_" + locale + ".properties").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
