package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.core.testing.Eventually.eventually;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.beltportal.core.testing.TestDatabase;
import org.beltportal.core.testing.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Backup and restore as docs/operations.md prescribes them, with the real tools (issue 14). A portal with
 * the demo belts, and an operator's changes made after they were seeded, runs on a fresh database;
 * {@code ops/backup.sh} dumps it while it serves; {@code ops/restore.sh} loads the dump into another fresh
 * database; a second portal starts there with an empty data directory, so its search index is rebuilt
 * from the restored rows. The two must hold the same rows and answer the same pages, search results and
 * suggestions. Both portals run in this JVM, on databases of the test server named after its own. The media
 * directory goes the same way ({@code ops/backup-media.sh}, {@code ops/restore-media.sh}): the logo an operator
 * uploaded is served alike by both.
 */
class BackupRestoreTest extends TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(BackupRestoreTest.class);
    private static final String ADMIN_PASSWORD = "backup-admin-password";
    private static final Duration REBUILD_TIMEOUT = Duration.ofMinutes(3);
    private static final Pattern DATABASE_IN_URL = Pattern.compile("^(jdbc:[a-z]+://[^/]+/)([^?]*)(.*)$");
    /** Each checked belt, a query its catalogue answers and a prefix its titles start with. */
    private static final List<Belt> BELTS = List.of(new Belt("zhili", "连衣裙", "女童"), new Belt("zhuji", "袜子", "wazi"),
            new Belt("yiwu", "耳环", "备份"));

    private record Belt(String slug, String query, String prefix) {
        String host() {
            return slug + ".localhost";
        }
    }

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final Path work = Path.of("target", "backup-restore", suffix).toAbsolutePath();
    private final String sourceDatabase = testDatabaseName() + "_src_" + suffix;
    private final String copyDatabase = testDatabaseName() + "_copy_" + suffix;
    private final List<ConfigurableApplicationContext> portals = new ArrayList<>();

    /** Fails under CI=true, where .ci/run installs the client tools; skips on a laptop without them. */
    @BeforeAll
    static void clientTools() throws IOException, InterruptedException {
        Process check = new ProcessBuilder("bash", "-c", "command -v mysql && (command -v mariadb-dump || command -v mysqldump)")
                .redirectErrorStream(true).start();
        if (check.waitFor() != 0) {
            String message = "backup and restore need the MySQL/MariaDB client tools (mysql, mysqldump): install mariadb-client";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message);
        }
    }

    @AfterEach
    void stopPortalsAndDropDatabases() throws SQLException {
        portals.forEach(ConfigurableApplicationContext::close);
        try (Connection connection = connect(server().url()); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + sourceDatabase + "`");
            statement.execute("DROP DATABASE IF EXISTS `" + copyDatabase + "`");
        }
    }

    @Test
    void restoredDatabaseServesTheSamePagesSearchAndSuggestionsAfterTheIndexRebuild() throws Exception {
        try (Connection connection = connect(server().url()); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE `" + sourceDatabase + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        Api original = start(sourceDatabase, "original-data", true);
        log.info("Original portal seeded the demo belts and {}", awaitRebuild(sourceDatabase, 0));
        Api originalAdmin = original.login("admin", ADMIN_PASSWORD);
        long addedProduct = operatorChanges(originalAdmin);
        String logo = uploadLogo(originalAdmin);

        long started = System.nanoTime();
        Path dump = Path.of(run("backup.sh", sourceDatabase, work.resolve("backups").toString()).strip());
        Path media = Path.of(run("backup-media.sh", sourceDatabase, work.resolve("original-data/media").toString(),
                work.resolve("backups").toString()).strip());
        long dumpMillis = millisSince(started);
        started = System.nanoTime();
        run("restore.sh", copyDatabase, dump.toString());
        run("restore-media.sh", copyDatabase, media.toString(), work.resolve("restored-data/media").toString());
        long restoreMillis = millisSince(started);
        assertThat(checksums(copyDatabase)).isEqualTo(checksums(sourceDatabase)).hasSizeGreaterThan(10);

        long jobsBefore = lastJobId(copyDatabase);
        started = System.nanoTime();
        Api restored = start(copyDatabase, "restored-data", false);
        String rebuild = awaitRebuild(copyDatabase, jobsBefore);
        log.info("Backup {} bytes in {} ms; restore in {} ms; the restored portal started and {} in {} ms",
                Files.size(dump), dumpMillis, restoreMillis, rebuild, millisSince(started));

        for (Belt belt : BELTS) {
            Api before = original.onHost(belt.host());
            Api after = restored.onHost(belt.host());
            samePages(before, after, "/", "/news", "/festivals", "/search?q=" + encode(belt.query()),
                    "/api/v1/suggest?q=" + encode(belt.prefix()));
            List<Long> ids = sameSearch(before, after, "/api/v1/search?q=" + encode(belt.query()));
            samePages(before, after, "/products/" + ids.getFirst(), "/products/" + ids.getLast());
        }
        assertThat(sameSearch(original.onHost("yiwu.localhost"), restored.onHost("yiwu.localhost"),
                "/api/v1/search?q=" + encode("备份验证"))).containsExactly(addedProduct);
        assertThat(original.onHost("zhili.localhost").get("/").body()).contains("backup-check");
        sameFile(original.onHost("yiwu.localhost"), restored.onHost("yiwu.localhost"), logo);
        sameSearch(original.onHost("localhost"), restored.onHost("localhost"), "/api/v1/national/search?q=" + encode("双肩包"));
        samePages(original.onHost("localhost"), restored.onHost("localhost"), "/");
        Api restoredAdmin = restored.login("admin", ADMIN_PASSWORD);
        assertThat(restoredAdmin.get("/admin/api/v1/tenants/zhuji/inquiries").json())
                .isEqualTo(original.login("admin", ADMIN_PASSWORD).get("/admin/api/v1/tenants/zhuji/inquiries").json());
    }

    /**
     * What operators do after the demo was seeded, so the dump must hold more than a first start makes: a
     * template override, a new product, a buyer's inquiry. Returns the new product's id.
     */
    private long operatorChanges(Api admin) {
        Api.Response hero = admin.sendRaw("PUT", "/admin/api/v1/tenants/zhili/templates/partials/hero.ftlh",
                "text/plain;charset=UTF-8", "<section class=\"hero backup-check\"><h1>${site.name()}</h1></section>"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(hero.status()).as(hero.toString()).isEqualTo(200);
        long supplierId = admin.get("/admin/api/v1/tenants/yiwu/suppliers?size=1").json().get("items").get(0).get("id").asLong();
        long product = TwinBelts.created(admin.post("/admin/api/v1/tenants/yiwu/products",
                TwinBelts.product("BACKUP-1", "备份验证耳环 恢复后可搜", supplierId)));
        long zhujiProduct = admin.get("/admin/api/v1/tenants/zhuji/products?size=1").json().get("items").get(0).get("id").asLong();
        Api.Response inquiry = admin.as(null).onHost("zhuji.localhost").post("/api/v1/inquiries", Map.of("productId", zhujiProduct,
                "quantity", 1000, "name", "王丽", "phone", "13805712345", "message", "备份之前的询价"));
        assertThat(inquiry.status()).as(inquiry.toString()).isEqualTo(201);
        return product;
    }

    /** An image uploaded to Yiwu's media library and made its logo, as an operator would; returns its URL. */
    private static String uploadLogo(Api admin) {
        Api.Response uploaded = admin.sendMultipart("/admin/api/v1/tenants/yiwu/media?kind=logo", "file", "logo.png",
                TestImages.transparentPng(120, 120));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        String url = uploaded.json().get("url").asString();
        assertThat(admin.patch("/admin/api/v1/tenants/yiwu/branding", "{\"logoUrl\": \"" + url + "\"}").status()).isEqualTo(200);
        return url;
    }

    /** Asserts that the media file answers 200 with the same length, tag and content on both portals. */
    private static void sameFile(Api before, Api after, String path) {
        Api.Response expected = before.get(path);
        Api.Response actual = after.get(path);
        assertThat(expected.status()).as(path + " on the original").isEqualTo(200);
        assertThat(actual.status()).as(path + " on the restored portal").isEqualTo(200);
        for (String header : List.of("Content-Length", "ETag", "Content-Type")) {
            assertThat(actual.headers().firstValue(header)).as(header).isEqualTo(expected.headers().firstValue(header));
        }
        assertThat(actual.body()).isEqualTo(expected.body());
    }

    /** Asserts that each path answers 200 and the same body on both portals. */
    private static void samePages(Api before, Api after, String... paths) {
        for (String path : paths) {
            Api.Response expected = before.get(path);
            assertThat(expected.status()).as(path + " on the original: " + expected).isEqualTo(200);
            assertThat(after.get(path).body()).as(path).isEqualTo(expected.body());
        }
    }

    /** The ids of a search, in order, after asserting both portals found the same ones and the same total. */
    private static List<Long> sameSearch(Api before, Api after, String path) {
        JsonNode expected = before.get(path).json();
        JsonNode actual = after.get(path).json();
        assertThat(actual.get("total").asLong()).as(path).isEqualTo(expected.get("total").asLong()).isPositive();
        List<Long> ids = expected.get("items").valueStream().map(item -> item.get("id").asLong()).toList();
        assertThat(actual.get("items").valueStream().map(item -> item.get("id").asLong()).toList()).as(path).isEqualTo(ids);
        return ids;
    }

    /** A portal as operators run one in production (the mysql profile) on the database, with its own data directory. */
    private Api start(String database, String dataDir, boolean demo) {
        TestDatabase.Target server = server();
        ConfigurableApplicationContext portal = new SpringApplicationBuilder(BeltPortalApplication.class).run(
                "--spring.profiles.active=mysql",
                "--spring.datasource.url=" + urlOf(database),
                "--spring.datasource.username=" + (server.user() == null ? "" : server.user()),
                "--spring.datasource.password=" + server.password(),
                "--portal.data-dir=" + work.resolve(dataDir),
                "--portal.demo-data=" + demo,
                "--portal.admin-password=" + ADMIN_PASSWORD,
                "--server.port=0",
                // A cold first render on a busy 2-core build machine can pass the 2 s default.
                "--portal.themes.render-timeout=10s");
        portals.add(portal);
        return new Api(portal.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }

    /** Waits for the index rebuild a portal starts with an empty data directory; says how it went. */
    private static String awaitRebuild(String database, long afterJob) throws SQLException {
        String latest = "SELECT state, processed FROM job WHERE kind = 'reindex' AND id > " + afterJob + " ORDER BY id DESC LIMIT 1";
        try (Connection connection = connect(urlOf(database)); Statement statement = connection.createStatement()) {
            // The job's own timestamps move twice a second; the caller times the whole start instead.
            RebuildJob job = eventually("an index rebuild to finish on " + database, REBUILD_TIMEOUT, () -> {
                try (ResultSet row = statement.executeQuery(latest)) {
                    RebuildJob seen = row.next() ? new RebuildJob(row.getString(1), row.getLong(2)) : null;
                    if (seen != null) {
                        assertThat(seen.state()).as("rebuild job").isNotEqualToIgnoringCase("failed");
                    }
                    return seen;
                }
            }, seen -> seen != null && seen.state().equalsIgnoreCase("succeeded"));
            return "rebuilt its index of " + job.processed() + " products";
        }
    }

    private record RebuildJob(String state, long processed) {
    }

    private static long lastJobId(String database) throws SQLException {
        try (Connection connection = connect(urlOf(database)); Statement statement = connection.createStatement();
             ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM job")) {
            max.next();
            return max.getLong(1);
        }
    }

    /** CHECKSUM TABLE of every table of the database, by table name. */
    private static Map<String, Long> checksums(String database) throws SQLException {
        Map<String, Long> checksums = new TreeMap<>();
        try (Connection connection = connect(urlOf(database)); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet names = statement.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                    + database + "'")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet sum = statement.executeQuery("CHECKSUM TABLE `" + table + "`")) {
                    sum.next();
                    checksums.put(table, sum.getLong(2));
                }
            }
        }
        return checksums;
    }

    /**
     * Runs one of the ops/ scripts with the portal's database settings, as an operator would, and returns
     * what it printed; a failure shows its output.
     */
    private static String run(String script, String database, String... arguments) throws IOException, InterruptedException {
        TestDatabase.Target server = server();
        List<String> command = new ArrayList<>(List.of("bash", opsDirectory().resolve(script).toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PORTAL_DB_URL", urlOf(database));
        if (server.user() != null) {
            builder.environment().put("PORTAL_DB_USER", server.user());
            builder.environment().put("PORTAL_DB_PASSWORD", server.password());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(script).isTrue();
        assertThat(process.exitValue()).as(script + " said: " + output).isZero();
        log.info("{}: {}", script, output.strip());
        return output;
    }

    private static Path opsDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("ops/backup.sh"))) {
                return dir.resolve("ops");
            }
        }
        throw new IllegalStateException("no ops/backup.sh above " + Path.of("").toAbsolutePath());
    }

    private static String testDatabaseName() {
        return databaseInUrl().group(2);
    }

    /** The test database's URL with another database name, its parameters kept. */
    private static String urlOf(String database) {
        Matcher url = databaseInUrl();
        return url.group(1) + database + url.group(3);
    }

    private static Matcher databaseInUrl() {
        Matcher url = DATABASE_IN_URL.matcher(server().url());
        if (!url.matches()) {
            throw new IllegalStateException("no database name in " + server().url());
        }
        return url;
    }

    private static Connection connect(String url) throws SQLException {
        TestDatabase.Target server = server();
        return server.user() == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, server.user(), server.password());
    }

    private static long millisSince(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime).toMillis();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
