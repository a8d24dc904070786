package org.beltportal.themes.i18n;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.beltportal.core.supplier.Capability;
import org.beltportal.search.query.SearchSort;
import org.beltportal.themes.search.SearchPage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the spirit of petclinic's I18nPropertiesSyncTest: the three bundles have the same keys, every key a
 * template or the Java side asks for exists, and templates hold no Chinese text of their own (data values
 * come from the model; interface text from the bundles).
 */
class I18nPropertiesSyncTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern MSG_KEY = Pattern.compile("msg\\[\"([^\"]+)\"\\]");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");
    private static final Pattern COMMENT = Pattern.compile("<#--.*?-->", Pattern.DOTALL);

    private final Map<String, String> zhCn = Messages.load(PortalLocale.ZH_CN.bundle());

    @Test
    void everyBundleHasExactlyTheKeysOfTheDefaultBundle() {
        for (PortalLocale locale : PortalLocale.values()) {
            Map<String, String> bundle = Messages.load(locale.bundle());
            assertThat(bundle.keySet()).as(locale.tag()).containsExactlyInAnyOrderElementsOf(zhCn.keySet());
            assertThat(bundle.values()).as(locale.tag()).allSatisfy(value -> assertThat(value).isNotBlank());
        }
    }

    @Test
    void englishBundleIsNotChinese() {
        assertThat(Messages.load(PortalLocale.EN.bundle()).values()).noneMatch(value -> CJK.matcher(value).find());
    }

    @Test
    void everyKeyTemplatesUseExists() throws IOException {
        List<String> used = new ArrayList<>();
        for (Path template : templates()) {
            Matcher keys = MSG_KEY.matcher(COMMENT.matcher(Files.readString(template)).replaceAll(""));
            while (keys.find()) {
                used.add(keys.group(1));
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(zhCn.keySet()).containsAll(used);
    }

    @Test
    void everyKeyBuiltInJavaExists() {
        List<String> built = new ArrayList<>();
        for (Capability capability : Capability.values()) {
            built.add("capability." + capability.code());
        }
        for (SearchSort sort : SearchSort.values()) {
            built.add("sort." + sort.name().toLowerCase(Locale.ROOT));
        }
        SearchPage.ALL_DIMENSIONS.forEach(dimension -> built.add("facet." + dimension));
        Stream.of("category", "rating", "verified", "capability", "moqMax", "price").forEach(name -> built.add("filter." + name));
        built.addAll(Set.of("platform.name", "platform.slogan", "search.invalid", "search.ratingAtLeast",
                "search.verifiedYes", "search.verifiedNo"));

        assertThat(zhCn.keySet()).containsAll(built);
    }

    @Test
    void templatesHoldNoChineseTextOutsideComments() throws IOException {
        for (Path template : templates()) {
            String code = COMMENT.matcher(Files.readString(template)).replaceAll("");
            assertThat(CJK.matcher(code).find()).as(template.toString()).isFalse();
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".ftlh")).toList();
        }
    }
}
