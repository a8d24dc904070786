package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.core.testing.Eventually.eventually;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * kill -9 (SIGKILL: {@link Process#destroyForcibly()} on Linux) of the packaged server during an import
 * and during a rebuild, then a restart: the job is failed, no import batch is half-written, and the
 * search index equals the database for every belt ({@code GET /admin/api/v1/search/check}). The server
 * is {@code target/beltportal.jar} as a child process, so this runs in the verify phase (failsafe), on a
 * database of its own next to the test database ({@code PORTAL_TEST_JDBC_URL} with "_kill" appended to
 * its name), dropped and created afresh. The second test goes on from the first's catalogue.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KillRecoveryIT {

    private static final int ROWS = 20_000;
    /** ProductImportJob's batch of valid rows: each is one transaction, so whole batches only are written. */
    private static final int BATCH_ROWS = 500;
    private static final String PASSWORD = "kill-test-admin-password";
    private static final Path WORK = Path.of("target", "kill-it");

    private static String jdbcUrl;
    private static ServerJar.Node server;
    private static String belt;
    private static String otherBelt;
    private static long supplierId;
    private static int starts;

    @BeforeAll
    static void freshDatabaseAndDataDirectory() throws SQLException, IOException {
        jdbcUrl = ServerJar.freshDatabase(KillRecoveryIT.class, "_kill");
        ServerJar.deleteTree(WORK);
        Files.createDirectories(WORK);
    }

    @AfterAll
    static void stopTheServer() {
        if (server != null) {
            server.kill();
        }
    }

    /** A start on the one data directory, its output in {@code target/kill-it/server-N.log}. */
    private static ServerJar.Node start() throws IOException {
        return ServerJar.start(jdbcUrl, ServerJar.freePort(), WORK.resolve("data"), WORK.resolve("server-" + ++starts + ".log"),
                PASSWORD, Map.of());
    }

    @Test
    @Order(1)
    void anImportKilledMidwayIsFailedAtRestartWithWholeBatchesOnlyAndAnIndexEqualToTheDatabase() throws Exception {
        server = start();
        Api admin = server.admin();
        belt = createBelt(admin, "kill-a");
        otherBelt = createBelt(admin, "kill-b");
        supplierId = TwinBelts.created(admin.post("/admin/api/v1/tenants/" + belt + "/suppliers", TwinBelts.supplier("织里袜厂")));
        long otherSupplier = TwinBelts.created(admin.post("/admin/api/v1/tenants/" + otherBelt + "/suppliers",
                TwinBelts.supplier("白沟箱包厂")));
        TwinBelts.created(admin.post("/admin/api/v1/tenants/" + otherBelt + "/products",
                TwinBelts.product("OTHER-1", "双肩包", otherSupplier)));
        byte[] file = csv(supplierId);

        long jobId = upload(admin, file);
        JsonNode running = awaitJob(admin, jobId, "to make progress", job -> job.get("processed").asLong() > 0 || isFinished(job));
        assertThat(running.get("state").asString()).as("killed while running, not after: %s", running).isEqualTo("running");
        server.kill();

        server = start();
        admin = server.admin();
        JsonNode job = admin.get("/admin/api/v1/jobs/" + jobId).json();
        assertThat(job.get("state").asString()).isEqualTo("failed");
        assertThat(job.get("message").asString()).contains("interrupted");
        long written = count("SELECT COUNT(*) FROM product p JOIN tenant t ON t.id = p.tenant_id WHERE t.slug = ?", belt);
        assertThat(written).as("some batches were written, not all").isBetween(1L, ROWS - 1L);
        assertThat(written % BATCH_ROWS).as("whole batches only: %s products", written).isZero();
        assertThat(count("SELECT COUNT(*) FROM product p WHERE (SELECT COUNT(*) FROM price_tier pt WHERE pt.product_id = p.id) <> 2"))
                .as("products without both their price tiers").isZero();
        // The restarted index takes the batches committed before the kill from the change feed (decision 0043).
        assertIndexEqualsDatabase(admin);

        // Rows are matched by SKU: uploading the same file again completes the import.
        JsonNode again = awaitJob(admin, upload(admin, file), "to end", KillRecoveryIT::isFinished);
        assertThat(again.get("state").asString()).as(again.toString()).isEqualTo("succeeded");
        assertThat(again.get("message").asString()).contains("created " + (ROWS - written) + ", updated " + written);
        assertThat(count("SELECT COUNT(*) FROM product p JOIN tenant t ON t.id = p.tenant_id WHERE t.slug = ?", belt))
                .isEqualTo(ROWS);
        assertIndexEqualsDatabase(admin);
    }

    @Test
    @Order(2)
    void aStartUpRebuildKilledMidwayIsRebuiltAtRestartAndTheIndexEqualsTheDatabase() throws Exception {
        assertThat(server).as("the first test's server and catalogue").isNotNull();
        long killedJob = -1;
        // The rebuild of 20,000 products takes a few seconds; a start that finishes it before it is seen
        // running is simply tried again.
        for (int attempt = 0; attempt < 3 && killedJob < 0; attempt++) {
            server.kill();
            ServerJar.deleteTree(server.dataDir().resolve("index"));
            long after = lastRebuildJob();
            server = start();
            killedJob = awaitRebuildRunning(after);
        }
        assertThat(killedJob).as("a start-up rebuild seen running").isPositive();
        server.kill();

        server = start();
        Api admin = server.admin();
        // Failed at start; and CURRENT named no generation, so the half-built index was not served.
        assertThat(rebuildState(killedJob)).isEqualTo("FAILED");
        long restarted = awaitNewRebuildFinished(killedJob);
        assertThat(rebuildState(restarted)).isEqualTo("SUCCEEDED");
        assertIndexEqualsDatabase(admin);
        assertThat(count("SELECT COUNT(*) FROM product p JOIN tenant t ON t.id = p.tenant_id WHERE t.slug = ?", belt))
                .isEqualTo(ROWS);
    }

    /** Once the index has applied what the database holds, it equals it for every belt (both of this test's among them). */
    private static void assertIndexEqualsDatabase(Api admin) {
        JsonNode check = eventually("the index to equal the database", ServerJar.START,
                () -> admin.get("/admin/api/v1/search/check").json(), seen -> seen.get("matches").asBoolean());
        List<String> belts = new ArrayList<>();
        check.get("belts").forEach(each -> belts.add(each.get("belt").asString()));
        assertThat(belts).contains(belt, otherBelt);
    }

    private static String createBelt(Api admin, String prefix) {
        String slug = prefix + "-" + System.nanoTime() % 100_000;
        Api.Response created = admin.post("/admin/api/v1/tenants",
                Map.of("slug", slug, "name", "断电测试产业带", "hosts", List.of(slug + ".portal.test"), "region", "测试省"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return slug;
    }

    /** {@value #ROWS} valid rows, two price tiers each, in two categories. */
    private static byte[] csv(long supplierId) {
        StringBuilder csv = new StringBuilder("sku,title,priceTiers,supplierId,moq,category,unit\n");
        for (int row = 1; row <= ROWS; row++) {
            csv.append("KILL-").append(row).append(",纯棉袜子 第").append(row).append("款,10:2.50;100:2.10,")
                    .append(supplierId).append(",10,").append(row % 2 == 0 ? "童装/袜子" : "日用/袜子").append(",双\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long upload(Api admin, byte[] file) {
        Api.Response accepted = admin.sendMultipart("/admin/api/v1/tenants/" + belt + "/products/import?createCategories=true", "file",
                "products.csv", file);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        return accepted.json().get("jobId").asLong();
    }

    private static boolean isFinished(JsonNode job) {
        return List.of("succeeded", "failed").contains(job.get("state").asString());
    }

    private static JsonNode awaitJob(Api admin, long jobId, String what, Predicate<JsonNode> done) {
        return eventually("import job " + jobId + " " + what, Duration.ofMinutes(2),
                () -> admin.get("/admin/api/v1/jobs/" + jobId).json(), done);
    }

    private static long lastRebuildJob() throws SQLException {
        return count("SELECT COALESCE(MAX(id), 0) FROM job WHERE kind = 'reindex'");
    }

    /** The start-up rebuild after {@code after}, once it reported progress; -1 if it finished before that was seen. */
    private static long awaitRebuildRunning(long after) {
        String latest = "SELECT id, state, processed FROM job WHERE kind = 'reindex' AND id > " + after + " ORDER BY id DESC LIMIT 1";
        RebuildJob job = eventually("a start-up rebuild after job " + after + " to make progress or end", ServerJar.START, () -> {
            try (Connection connection = ServerJar.connect(jdbcUrl); Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery(latest)) {
                return row.next() ? new RebuildJob(row.getLong("id"), row.getString("state"), row.getLong("processed")) : null;
            }
        }, seen -> seen != null && (seen.progressing() || seen.ended()));
        return job.progressing() ? job.id() : -1;
    }

    private record RebuildJob(long id, String state, long processed) {

        boolean progressing() {
            return state.equals("RUNNING") && processed > 0;
        }

        boolean ended() {
            return !List.of("QUEUED", "RUNNING").contains(state);
        }
    }

    private static long awaitNewRebuildFinished(long after) {
        return eventually("a rebuild after job " + after + " to end", ServerJar.START, () -> count(
                "SELECT COALESCE(MAX(id), 0) FROM job WHERE kind = 'reindex' AND state IN ('SUCCEEDED', 'FAILED') AND id > " + after),
                id -> id > 0);
    }

    private static String rebuildState(long jobId) throws SQLException {
        try (Connection connection = ServerJar.connect(jdbcUrl); Statement statement = connection.createStatement();
             ResultSet job = statement.executeQuery("SELECT state FROM job WHERE id = " + jobId)) {
            assertThat(job.next()).isTrue();
            return job.getString(1);
        }
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        return ServerJar.count(jdbcUrl, sql, parameters);
    }
}
