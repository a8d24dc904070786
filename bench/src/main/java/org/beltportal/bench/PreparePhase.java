package org.beltportal.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Before the server starts: a server an interrupted run left behind is ended, the port must be free, the
 * database holds the generated catalogue (reused when it is the same one, generated otherwise), and what
 * earlier runs changed in it is undone, so every run measures the same data.
 */
final class PreparePhase {

    private final RunContext run;
    private final Options o;
    private final Plan plan;

    PreparePhase(RunContext run) {
        this.run = run;
        this.o = run.o;
        this.plan = run.plan;
    }

    void prepare() throws Exception {
        stopStaleServer();
        requirePortFree();
        prepareDatabase();
        cleanLeftovers();
    }

    /** A server this harness started earlier and that survived (pid file, our jar and port): ours to end. */
    private void stopStaleServer() throws IOException, InterruptedException {
        Path pidFile = o.out.resolve("server.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isPresent() && handle.get().isAlive()) {
            String cmd = handle.get().info().commandLine().orElse("");
            if (cmd.contains("beltportal.jar") && cmd.contains("--server.port=" + o.port)) {
                Log.info("stopping the server left by an earlier bench run (pid %d)", pid);
                handle.get().destroy();
                try {
                    handle.get().onExit().get(60, TimeUnit.SECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    handle.get().destroyForcibly();
                }
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private void requirePortFree() {
        try (ServerSocket socket = new ServerSocket(o.port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("port " + o.port + " is in use; the bench server needs it");
        }
    }

    /** Reuses the database when it holds this exact catalogue; otherwise drops it and rebuilds it. */
    private void prepareDatabase() throws Exception {
        boolean exists;
        try (Connection db = CatalogGenerator.connect(o.adminJdbcUrl()); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SHOW DATABASES LIKE '" + o.database + "'")) {
            exists = rs.next();
        }
        if (exists && !o.regenerate) {
            try (Connection db = CatalogGenerator.connect(o.jdbcUrl())) {
                String stored = CatalogGenerator.storedFingerprint(db);
                if (plan.fingerprint().equals(stored)) {
                    Log.info("reusing the catalogue in %s (%s)", o.database, stored);
                    run.report.section("catalogue").put("generated", "reused from an earlier run");
                    return;
                }
                Log.info("%s holds another catalogue (%s); regenerating", o.database, stored);
            }
        }
        try (Connection db = CatalogGenerator.connect(o.adminJdbcUrl()); Statement st = db.createStatement()) {
            Log.info("dropping and creating database %s", o.database);
            st.execute("DROP DATABASE IF EXISTS " + o.database);
            st.execute("CREATE DATABASE " + o.database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        Path schemaDir = o.out.resolve("schema-start");
        Trees.delete(schemaDir);
        Log.info("starting the server once so that Flyway creates the schema");
        try (Server schema = Server.start(o, schemaDir, run.runDir.resolve("server-schema.log"))) {
            schema.await("Started BeltPortalApplication", o.startTimeout);
        }
        Trees.delete(schemaDir);
        long t0 = System.nanoTime();
        new CatalogGenerator(plan, o.jdbcUrl()).generate();
        double seconds = (System.nanoTime() - t0) / 1e9;
        try (Connection db = CatalogGenerator.connect(o.jdbcUrl())) {
            CatalogGenerator.storeFingerprint(db, plan.fingerprint());
        }
        Map<String, Object> c = run.report.section("catalogue");
        c.put("generated", "this run");
        c.put("generationSeconds", Report.round(seconds));
        c.put("generationProductsPerSecond", Math.round(plan.totalProducts / seconds));
    }

    /** Undo what earlier runs changed: imported rows and visibility-trial titles. */
    private void cleanLeftovers() throws SQLException {
        try (Connection db = CatalogGenerator.connect(o.jdbcUrl()); Statement st = db.createStatement()) {
            int imported = st.executeUpdate("DELETE FROM product WHERE sku LIKE '" + Bench.IMPORT_SKU + "%'");
            int titles = st.executeUpdate("UPDATE product SET title = TRIM(SUBSTRING(title, 1, LOCATE(' " + Bench.NRT_MARK
                    + "', title) - 1)) WHERE title LIKE '% " + Bench.NRT_MARK + "%'");
            if (imported + titles > 0) {
                Log.info("cleaned %d imported products and %d trial titles left by an earlier run", imported, titles);
            }
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM product")) {
                rs.next();
                if (rs.getLong(1) != plan.totalProducts) {
                    throw new IllegalStateException(o.database + " holds " + rs.getLong(1) + " products, expected "
                            + plan.totalProducts + "; run with --regenerate");
                }
            }
        }
    }
}
