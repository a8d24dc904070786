package org.beltportal.admin.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The services' English problem messages in the console's Chinese, and the said bundle still naming their words. */
class ServiceMessagesTest {

    private final ServiceMessages said = new ServiceMessages(new ConsoleMessages().source());

    @Test
    void knownMessagesAreShownInChineseWithTheirValues() {
        assertThat(said.in(ConsoleLocale.ZH_CN, "is required")).isEqualTo("必填");
        assertThat(said.in(ConsoleLocale.ZH_CN, "must be at most 200 characters")).isEqualTo("最多 200 个字符");
        assertThat(said.in(ConsoleLocale.ZH_CN, "at most 12 images")).isEqualTo("最多 12 张图片");
        assertThat(said.in(ConsoleLocale.ZH_CN, "no supplier with code or name '华袜'")).isEqualTo("没有代码或名称为“华袜”的供应商");
        assertThat(said.in(ConsoleLocale.ZH_CN, "'abc' is not a whole number")).isEqualTo("'abc' 不是整数");
        assertThat(said.in(ConsoleLocale.ZH_CN, "must be in the years 2020 to 2100")).isEqualTo("应在 2020 年到 2100 年之间");
        assertThat(said.in(ConsoleLocale.ZH_CN, "created 9, updated 0, failed 1 of 10 rows in 120 ms (83 rows/s, 0 ms of it giving way to requests)"))
                .isEqualTo("新增 9，更新 0，失败 1，共 10 行，用时 120 毫秒（每秒 83 行，其中 0 毫秒让给了访问请求）");
    }

    @Test
    void anImportRowsItemAndItsProblemAreBothTranslated() {
        assertThat(said.in(ConsoleLocale.ZH_CN, "tier 2 quantity appears twice")).isEqualTo("第 2 档起订量：重复出现");
        assertThat(said.in(ConsoleLocale.ZH_CN, "tier 1 price at most 2 decimals")).isEqualTo("第 1 档价格：最多两位小数");
        assertThat(said.in(ConsoleLocale.ZH_CN, "tier 3 needs minQty and price")).isEqualTo("第 3 档需要填写起订量和价格");
        assertThat(said.in(ConsoleLocale.ZH_CN, "image 2 must be an http(s) or site-relative URL"))
                .isEqualTo("第 2 张图片：应为 http(s) 网址或站内地址（以 / 开头）");
        assertThat(said.in(ConsoleLocale.ZH_CN, "category 童装/男童 is named 'Boys' wear' in English, not 'Boys': rename it"
                + " in the console or the API first, or leave categoryEn empty"))
                .isEqualTo("类目 童装/男童 的英文名已是“Boys' wear”，不是“Boys”：请先在控制台或 API 中改名，或者不填 categoryEn");
        assertThat(said.in(ConsoleLocale.ZH_CN, "names the row's category in English: fill category too"))
                .isEqualTo("是本行类目的英文名：请同时填写 category");
    }

    @Test
    void englishAndUnknownMessagesStayAsTheServiceWroteThem() {
        assertThat(said.in(ConsoleLocale.EN, "is required")).isEqualTo("is required");
        assertThat(said.in(ConsoleLocale.ZH_CN, "a message no key knows")).isEqualTo("a message no key knows");
        assertThat(said.in(ConsoleLocale.ZH_CN, "已经是中文")).isEqualTo("已经是中文");
        assertThat(said.in(ConsoleLocale.ZH_CN, null)).isNull();
    }

    /**
     * Each English text's fixed words still stand in the services' sources (portal-core, search and admin): a service that
     * rewords a message makes this fail instead of silently showing English in the Chinese console.
     */
    @Test
    void everyEnglishTextStillStandsInTheServices() throws IOException {
        String sources = sources(Path.of("..", "portal-core", "src", "main", "java"), Path.of("..", "search", "src", "main", "java"),
                Path.of("src", "main", "java"));
        Properties english = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/" + ServiceMessages.BUNDLE + "_en.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String key : english.stringPropertyNames()) {
            String longest = Arrays.stream(english.getProperty(key).split("\\{\\d+}")).max(Comparator.comparingInt(String::length))
                    .orElseThrow().strip();
            assertThat(sources).as(key + ": \"" + longest + "\" in the services").contains(longest);
        }
    }

    private static String sources(Path... roots) throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                all.append(files.filter(file -> file.toString().endsWith(".java")).map(file -> {
                    try {
                        return Files.readString(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).collect(Collectors.joining("\n")));
            }
        }
        // A quote inside a Java string literal stands escaped there.
        return all.toString().replace("\\\"", "\"");
    }
}
