package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.beltportal.admin.importing.ImportProperties;
import org.beltportal.core.feed.FeedProperties;
import org.beltportal.core.inquiry.InquiryProperties;
import org.beltportal.core.insight.InsightProperties;
import org.beltportal.core.notification.NotificationProperties;
import org.beltportal.core.system.BackgroundProperties;
import org.beltportal.core.system.PortalProperties;
import org.beltportal.core.system.web.ClientAddressConfiguration;
import org.beltportal.core.user.PasswordResets;
import org.beltportal.search.index.SearchIndexProperties;
import org.beltportal.themes.cache.PageCacheProperties;
import org.beltportal.themes.crawl.SitemapProperties;
import org.beltportal.themes.engine.ThemeProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code portal.*} settings as one contract (decision 0024). The metadata that Spring Boot's configuration
 * processor writes from the {@code @ConfigurationProperties} records names every setting that a properties
 * file or a document uses, each with a description; docs/operations.md's settings table lists exactly those
 * settings with their defaults; application.properties repeats no default; no class reads a setting with
 * {@code @Value}; a value out of range stops the start with a message naming the property; and the
 * environment variables the README gives reach their settings.
 */
class SettingsTest {

    /** Names in the docs that look like settings but are not: meters and two file names. */
    static final Set<String> NOT_SETTINGS = Set.of("portal.page.render", "portal.page.cache.requests",
            "portal.page.cache.size", "portal.belt.cache.entries", "portal.search.documents.refused", "portal.css", "portal.jfr");
    static final Pattern NAME = Pattern.compile("(?<![A-Za-z0-9_.])portal\\.[a-z][a-z0-9-]*(?:\\.[a-z][a-z0-9-]*)*(?![A-Za-z0-9])");
    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(portal\\.[a-z0-9.-]+)(?::([^}]*))?}");
    static final Pattern TABLE_ROW = Pattern.compile("^\\| `(portal\\.[a-z0-9.-]+)` \\| ([^|]*) \\|", Pattern.MULTILINE);
    static final Pattern VARIABLE = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*(?::([^}]*))?}");
    static final String NO_DEFAULT = "(none)";

    static final Path ROOT = repositoryRoot();

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({PortalProperties.class, InquiryProperties.class, SearchIndexProperties.class,
            ImportProperties.class, SitemapProperties.class, ThemeProperties.class, PageCacheProperties.class,
            NotificationProperties.class, PasswordResets.Settings.class, BackgroundProperties.class, FeedProperties.class,
            InsightProperties.class})
    @Import(ClientAddressConfiguration.class)
    static class AllSettings {
    }

    final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(AllSettings.class);

    @Test
    void everySettingHasADescriptionInTheMetadata() throws IOException {
        Map<String, Setting> settings = metadata();

        // One of each module's records, so a module whose metadata went missing from its jar fails here.
        assertThat(settings).containsKeys("portal.data-dir", "portal.inquiries.per-sender", "portal.rebuild-index",
                "portal.import.max-rows", "portal.sitemap.max-urls", "portal.themes.renders-per-tenant",
                "portal.page-cache.ttl");
        assertThat(settings.values()).allSatisfy(setting ->
                assertThat(setting.description()).as(setting.name()).isNotBlank());
    }

    @Test
    void propertiesFilesAndDocsNameOnlySettingsTheMetadataKnows() throws IOException {
        Set<String> known = new TreeSet<>(metadata().keySet());
        // A doc may name a record's prefix: portal.themes.* or Spring's portal.themes.rendersPerTenant.
        known.addAll(groups());
        Map<String, Set<String>> unknown = new TreeMap<>();
        for (Path file : propertiesFiles()) {
            for (String name : portalNamesIn(file)) {
                if (!known.contains(name)) {
                    unknown.computeIfAbsent(name, any -> new TreeSet<>()).add(ROOT.relativize(file).toString());
                }
            }
        }
        for (Path doc : docs()) {
            Matcher names = NAME.matcher(Files.readString(doc));
            while (names.find()) {
                String name = names.group();
                if (!known.contains(name) && !NOT_SETTINGS.contains(name)) {
                    unknown.computeIfAbsent(name, any -> new TreeSet<>()).add(ROOT.relativize(doc).toString());
                }
            }
        }

        assertThat(unknown).as("portal.* names that no @ConfigurationProperties record declares").isEmpty();
    }

    @Test
    void operationsSettingsTableListsEverySettingWithItsDefault() throws IOException {
        Map<String, String> documented = new TreeMap<>();
        String operations = Files.readString(ROOT.resolve("docs/operations.md"));
        int start = operations.indexOf("\n## Settings\n");
        assertThat(start).as("docs/operations.md has a Settings section").isNotNegative();
        int end = operations.indexOf("\n## ", start + 1);
        Matcher rows = TABLE_ROW.matcher(operations.substring(start, end < 0 ? operations.length() : end));
        while (rows.find()) {
            documented.put(rows.group(1), rows.group(2).strip().replace("`", ""));
        }
        Map<String, String> expected = new TreeMap<>();
        metadata().values().forEach(setting -> expected.put(setting.name(), setting.defaultOrNone()));

        assertThat(documented)
                .as("docs/operations.md, Settings; the rows the metadata asks for:%n%s", expected.entrySet().stream()
                        .map(row -> "| `" + row.getKey() + "` | " + (row.getValue().equals(NO_DEFAULT) ? NO_DEFAULT
                                : "`" + row.getValue() + "`") + " |")
                        .collect(Collectors.joining("\n")))
                .isEqualTo(expected);
    }

    /**
     * A default is written once, in its record. application.properties sets a setting only to something else, a
     * profile's file only to something other than what the base file gives, and the fallback of a placeholder
     * ({@code ${portal.data-dir:./data}}, {@code ${PORTAL_INQUIRY_SALT:}}) is the default itself.
     */
    @Test
    void applicationPropertiesRepeatNoDefault() throws IOException {
        Map<String, Setting> settings = metadata();
        Path resources = ROOT.resolve("portal-server/src/main/resources");
        Properties base = load(resources.resolve("application.properties"));
        List<String> repeats = new ArrayList<>();
        try (Stream<Path> files = Files.list(resources)) {
            for (Path file : files.filter(path -> path.getFileName().toString().matches("application.*\\.properties")).toList()) {
                Properties properties = load(file);
                for (String key : properties.stringPropertyNames()) {
                    String value = properties.getProperty(key);
                    String line = file.getFileName() + ": " + key + "=" + value;
                    Matcher placeholders = PLACEHOLDER.matcher(value);
                    while (placeholders.find()) {
                        if (!fallback(placeholders.group(2)).equals(defaultOf(settings, placeholders.group(1)))) {
                            repeats.add(line + " (its fallback is not the default)");
                        }
                    }
                    if (!key.startsWith("portal.")) {
                        continue;
                    }
                    Matcher alias = VARIABLE.matcher(value);
                    if (alias.matches()) {
                        if (!fallback(alias.group(1)).equals(defaultOf(settings, key))) {
                            repeats.add(line + " (its fallback is not the default)");
                        }
                    } else {
                        boolean profile = !file.equals(resources.resolve("application.properties"));
                        String otherwise = profile && base.containsKey(key) ? base.getProperty(key) : defaultOf(settings, key);
                        if (value.equals(otherwise)) {
                            repeats.add(line + " (what it would be without this line)");
                        }
                    }
                }
            }
        }

        assertThat(repeats).isEmpty();
    }

    @Test
    void noClassReadsAPortalSettingWithValue() {
        List<String> readers = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.beltportal")) {
            for (JavaField field : type.getFields()) {
                if (field.isAnnotatedWith(Value.class) && readsPortal(field.getAnnotationOfType(Value.class))) {
                    readers.add(field.getFullName());
                }
            }
            for (JavaCodeUnit unit : type.getCodeUnits()) {
                for (JavaParameter parameter : unit.getParameters()) {
                    if (parameter.isAnnotatedWith(Value.class) && readsPortal(parameter.getAnnotationOfType(Value.class))) {
                        readers.add(unit.getFullName());
                    }
                }
            }
        }

        assertThat(readers).as("read portal.* through a @ConfigurationProperties record").isEmpty();
    }

    @Test
    void startsWithTheDefaults() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(ThemeProperties.class).maxOutput()).isEqualTo(DataSize.ofMegabytes(2));
            assertThat(context.getBean(PortalProperties.class).platformHosts()).containsExactly("localhost", "127.0.0.1");
            assertThat(context.getBean(PortalProperties.class).trustedProxies()).isEmpty();
        });
    }

    @ParameterizedTest
    @CsvSource({
            "portal.platform-hosts, ''",
            "portal.max-request-body, 0",
            "portal.trusted-proxies, proxy.internal",
            "portal.inquiries.per-sender, 0",
            "portal.inquiries.per-tenant, -1",
            "portal.inquiries.sender-window, 0s",
            "portal.inquiries.tenant-window, -1h",
            "portal.import.max-rows, 0",
            "portal.sitemap.max-urls, 50001",
            "portal.themes.render-timeout, 0s",
            "portal.themes.max-output, 0",
            "portal.themes.max-allocation, 0",
            "portal.themes.renders-per-tenant, 0",
            "portal.themes.render-threads, 0",
            "portal.themes.template-update-delay, -1s",
            "portal.themes.cached-tenants, 0",
            "portal.page-cache.max-size, -1MB",
            "portal.page-cache.ttl, -1s",
            "portal.page-cache.max-entry-size, -1B",
            "portal.page-cache.settle, -2s"})
    void aValueOutOfRangeStopsTheStartNamingTheProperty(String property, String value) {
        runner.withPropertyValues(property + "=" + value).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining(property);
        });
    }

    /**
     * Environment variables bind by Spring's relaxed rules (PORTAL_DATA_DIR is portal.data-dir) and win over
     * application.properties (PORTAL_DEMO_DATA=false over its true); the H2 URL's placeholder sees them too;
     * PORTAL_INQUIRY_SALT reaches its setting through application.properties.
     */
    @Test
    void readmeEnvironmentVariablesReachTheirSettings() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("PORTAL_DATA_DIR", "/srv/belt");
        variables.put("PORTAL_DEMO_DATA", "false");
        variables.put("PORTAL_ADMIN_PASSWORD", "first-password-9");
        variables.put("PORTAL_PLATFORM_HOSTS", "portal.example.cn,localhost");
        variables.put("PORTAL_TRUSTED_PROXIES", "10.0.0.0/8,127.0.0.1");
        variables.put("PORTAL_INQUIRY_SALT", "a-long-secret");
        variables.put("PORTAL_THEMES_RENDER_TIMEOUT", "5s");

        runner.withInitializer(context -> {
            ConfigurableEnvironment environment = context.getEnvironment();
            environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                    new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
            environment.getPropertySources().addLast(applicationProperties());
            ConfigurationPropertySources.attach(environment);
        }).run(context -> {
            PortalProperties portal = context.getBean(PortalProperties.class);
            assertThat(portal.dataDir()).isEqualTo(Path.of("/srv/belt"));
            assertThat(portal.demoData()).isFalse();
            assertThat(portal.adminPassword()).isEqualTo("first-password-9");
            assertThat(portal.platformHosts()).containsExactly("portal.example.cn", "localhost");
            assertThat(portal.trustedProxies()).containsExactly("10.0.0.0/8", "127.0.0.1");
            assertThat(context.getBean(InquiryProperties.class).addressSalt()).isEqualTo("a-long-secret");
            assertThat(context.getBean(ThemeProperties.class).renderTimeout()).hasSeconds(5);
            assertThat(context.getEnvironment().getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:/srv/belt/db/");
        });
    }

    @Test
    void withoutVariablesTheEmbeddedDatabaseIsUnderTheDefaultDataDirectory() {
        runner.withInitializer(context -> {
            ConfigurableEnvironment environment = context.getEnvironment();
            environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                    new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of()));
            environment.getPropertySources().addLast(applicationProperties());
            ConfigurationPropertySources.attach(environment);
        }).run(context -> {
            assertThat(context.getBean(PortalProperties.class).dataDir().normalize()).isEqualTo(Path.of("data"));
            assertThat(context.getBean(InquiryProperties.class).addressSalt()).isEmpty();
            assertThat(context.getEnvironment().getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:./data/db/");
        });
    }

    /** A setting as the generated metadata describes it; lists are written comma-separated, as in a file. */
    record Setting(String name, String defaultValue, String description) {

        String defaultOrNone() {
            return defaultValue == null || defaultValue.isEmpty() ? NO_DEFAULT : defaultValue;
        }
    }

    /** Every portal.* property of every module's META-INF/spring-configuration-metadata.json on the class path. */
    static Map<String, Setting> metadata() throws IOException {
        Map<String, Setting> settings = new TreeMap<>();
        for (JsonNode property : metadataEntries("properties")) {
            String name = property.path("name").asString();
            if (name.startsWith("portal.")) {
                settings.put(name, new Setting(name, text(property.get("defaultValue")),
                        property.path("description").asString("")));
            }
        }
        return settings;
    }

    /** The prefixes of the records: portal, portal.themes, portal.inquiries ... */
    static Set<String> groups() throws IOException {
        return metadataEntries("groups").stream().map(group -> group.path("name").asString())
                .filter(name -> name.startsWith("portal")).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<JsonNode> metadataEntries(String section) throws IOException {
        List<JsonNode> entries = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        Enumeration<URL> files = SettingsTest.class.getClassLoader().getResources("META-INF/spring-configuration-metadata.json");
        while (files.hasMoreElements()) {
            try (InputStream in = files.nextElement().openStream()) {
                json.readTree(in).path(section).forEach(entries::add);
            }
        }
        return entries;
    }

    /**
     * A default as a properties file would write it. The processor writes a list's default as the text
     * {@code [localhost, 127.0.0.1]}; in a file it is {@code localhost,127.0.0.1}.
     */
    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            return value.values().stream().map(JsonNode::asString).collect(Collectors.joining(","));
        }
        String text = value.asString();
        return text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1).replace(", ", ",") : text;
    }

    private static String defaultOf(Map<String, Setting> settings, String name) {
        Setting setting = settings.get(name);
        return setting == null ? "(unknown setting " + name + ")" : setting.defaultOrNone();
    }

    private static String fallback(String text) {
        return text == null || text.isEmpty() ? NO_DEFAULT : text;
    }

    private static boolean readsPortal(Value value) {
        return value.value().replace(" ", "").contains("${portal.");
    }

    /** The property names a file sets or reads through a placeholder. */
    private static Set<String> portalNamesIn(Path file) throws IOException {
        Set<String> names = new TreeSet<>();
        Properties properties = load(file);
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("portal.")) {
                names.add(key);
            }
            Matcher placeholders = PLACEHOLDER.matcher(properties.getProperty(key));
            while (placeholders.find()) {
                names.add(placeholders.group(1));
            }
        }
        return names;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static ResourcePropertySource applicationProperties() {
        try {
            return new ResourcePropertySource(new ClassPathResource("application.properties"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every module's application*.properties, main and test. */
    private static List<Path> propertiesFiles() throws IOException {
        List<Path> found = new ArrayList<>();
        for (String module : List.of("portal-core", "search", "tenant-themes", "admin", "portal-server")) {
            for (String tree : List.of("main", "test")) {
                Path resources = ROOT.resolve(module).resolve("src").resolve(tree).resolve("resources");
                if (Files.isDirectory(resources)) {
                    try (Stream<Path> files = Files.list(resources)) {
                        files.filter(path -> path.getFileName().toString().matches("application.*\\.properties")).forEach(found::add);
                    }
                }
            }
        }
        return found;
    }

    /** README.md, bench/README.md and docs/**.md. */
    private static List<Path> docs() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("bench/README.md")));
        try (Stream<Path> files = Files.walk(ROOT.resolve("docs"))) {
            files.filter(path -> path.toString().endsWith(".md")).forEach(docs::add);
        }
        return docs;
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs")) && Files.isRegularFile(dir.resolve("portal-server/pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }
}
