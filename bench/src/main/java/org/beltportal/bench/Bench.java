package org.beltportal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import org.beltportal.bench.Plan.TenantPlan;
import org.beltportal.bench.ProductFactory.GeneratedProduct;
import org.beltportal.bench.QueryMix.SearchRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The benchmark of issue 3, end to end: generate (or reuse) the catalogue in {@code beltportal_bench},
 * start the real server jar against it with an empty index, and measure over HTTP on 127.0.0.1 the index
 * rebuild rate, single-client search latency, throughput at 32 clients, visibility delay after an admin
 * save, CSV import rate, and heap, RSS and index size. Results go to bench/out/.
 */
public final class Bench {

    static final String NRT_MARK = "benchnrt";
    static final int PROFILED_REQUESTS = 1500;
    static final String IMPORT_SKU = "IMP-";

    private final Options o;
    private final Plan plan;
    private final Report report = new Report();
    private final List<String> summary = new ArrayList<>();
    private final Path runDir;
    private final String runId = Long.toString(System.currentTimeMillis() / 1000 % 100_000_000, 36);
    private Server server;
    private Api api;
    private final List<Server.HeapFigures> heaps = new ArrayList<>();

    private Bench(Options o) throws IOException {
        this.o = o;
        this.plan = new Plan(o.seed, o.products, o.tenants);
        this.runDir = o.out.resolve("run-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.createDirectories(runDir);
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (options.sample) {
            sample(options);
            return;
        }
        Bench bench = new Bench(options);
        try {
            bench.run();
        } catch (Exception e) {
            Log.info("FAILED: %s", e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    /** What the generator and the query mix produce, without touching the database. */
    static void sample(Options o) {
        Plan plan = new Plan(o.seed, o.products, o.tenants);
        System.out.printf("%,d products, %d tenants, %,d suppliers, %d categories%n", plan.totalProducts, plan.tenantCount(),
                plan.totalSuppliers(), plan.tenants.stream().mapToInt(t -> t.categories().size()).sum());
        plan.tenants.stream().limit(6).forEach(t -> System.out.printf("  %s %s: %,d products, %d suppliers%n", t.slug(),
                t.name(), t.products(), t.suppliers()));
        System.out.printf("  ... smallest %s: %,d%n", plan.tenants.getLast().slug(), plan.tenants.getLast().products());
        for (int i : new int[] {0, 1, 3}) {
            TenantPlan t = plan.tenants.get(Math.min(i, plan.tenantCount() - 1));
            ProductFactory f = new ProductFactory(t, 1, CatalogGenerator.skuPrefix(t));
            for (int k = 0; k < 4; k++) {
                GeneratedProduct p = f.next();
                System.out.printf("  %s | %s | %s | %s | moq %d%s | %s | %s%n", p.sku(), p.title(), p.titleEn(), p.category().path(),
                        p.moq(), p.unit(), p.tiersCsv(), p.description());
            }
        }
        new QueryMix(plan, o.seed + 2).next(40).forEach(r -> System.out.println("  " + r.kind() + (r.followPage() ? " +page2" : "")
                + "  " + java.net.URLDecoder.decode(r.path(), StandardCharsets.UTF_8)));
    }

    private void run() throws Exception {
        long started = System.nanoTime();
        machine();
        stopStaleServer();
        requirePortFree();
        prepareDatabase();
        cleanLeftovers();
        Path dataDir = o.out.resolve("data");
        summary.add("# BeltPortal benchmark run " + runDir.getFileName());
        summary.add("");
        summary.add(String.format(Locale.ROOT, "Catalogue: %,d products, %d tenants, %,d suppliers, seed %d.", plan.totalProducts,
                plan.tenantCount(), plan.totalSuppliers(), plan.seed));
        Map<String, Object> machine = report.section("machine");
        summary.add(String.format("Machine: %s CPUs (%s), %s RAM, %s, %s (InnoDB buffer pool %s); load average at start %s; "
                        + "server jar of commit %s.", machine.get("cpus"), machine.get("cpuModel"), machine.get("memTotal"),
                machine.get("jdk"), machine.get("database"), machine.get("innodbBufferPool"), machine.get("loadAverageAtStart"),
                machine.get("gitCommit")));
        summary.add("");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (server != null) {
                server.close();
            }
        }));
        try {
            startIndexedServer(dataDir);
            api = new Api(o.baseUrl());
            api.login("admin", o.adminPassword);
            heaps.add(heap("afterIndexBuilt"));
            if (o.soak) {
                new Soak(o, plan, server, api, runDir, runId, report, summary).run();
            } else {
                phases(dataDir);
            }
            List<String> errors = server.grep(" ERROR ");
            report.section("server").put("errorLogLines", errors.size());
            if (!errors.isEmpty()) {
                report.note("the server logged %d ERROR lines (see server.log), first: %s", errors.size(), errors.getFirst());
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
        if (!o.soak) {
            heapTarget();
        }
        report.section("run").put("totalSeconds", Report.round((System.nanoTime() - started) / 1e9));
        report.write(runDir, summary);
        Log.info("results in %s (and %s)", runDir, o.out.resolve("latest.md"));
    }

    /** The phases of issue 3 that --phases names, in their order. */
    private void phases(Path dataDir) throws Exception {
        if (o.phases.contains("latency")) {
            latency();
        }
        if (o.phases.contains("throughput")) {
            throughput();
            heaps.add(heap("afterLoadTest"));
        }
        if (o.phases.contains("nrt")) {
            nrt();
        }
        if (o.phases.contains("import")) {
            for (int run = 1; run <= o.importRuns; run++) {
                importCsv(run);
            }
        }
        heaps.add(heap("atEnd"));
        report.section("index").put("bytesAtEnd", size(dataDir.resolve("index")));
        // Last: an unfinished rebuild job is ended by stopping the server, which costs nothing here.
        if (o.phases.contains("rebuild")) {
            apiRebuild(dataDir);
        }
    }

    // ---------------------------------------------------------------- preparation

    private void machine() throws IOException, InterruptedException {
        Map<String, Object> m = report.section("machine");
        m.put("cpus", Runtime.getRuntime().availableProcessors());
        m.put("cpuModel", String.join("; ", ProcStats.cpuModel()));
        m.put("memTotal", Report.mb(ProcStats.memTotalBytes()));
        m.put("jdk", firstLine(command(o.jdk.resolve("bin/java").toString(), "-version")));
        m.put("loadAverageAtStart", ProcStats.loadAverage());
        try (Connection db = CatalogGenerator.connect(o.adminJdbcUrl()); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT VERSION(), @@innodb_buffer_pool_size")) {
            rs.next();
            m.put("database", "MariaDB/MySQL " + rs.getString(1));
            m.put("innodbBufferPool", Report.mb(rs.getLong(2)));
        } catch (SQLException e) {
            throw new IllegalStateException("no MySQL-protocol server at " + o.dbHostPort + ": " + e.getMessage(), e);
        }
        m.put("gitCommit", firstLine(command("git", "rev-parse", "--short", "HEAD")));
        Path built = Path.of("portal-server/target/beltportal.jar");
        m.put("jar", (Files.exists(built) ? built + " built " + Files.getLastModifiedTime(built) + ", " : "") + "run from " + o.jar);
        m.put("uncommittedFiles", command("git", "status", "--porcelain", "--untracked-files=no").lines()
                .filter(l -> !l.contains("bench/")).toList());
        m.put("serverCommand", "java -Xmx" + o.xmx + " -jar " + o.jar + " --spring.profiles.active=mysql --server.port=" + o.port
                + (o.serverArgs.isEmpty() ? "" : " " + String.join(" ", o.serverArgs)));
        Map<String, Object> scale = report.section("catalogue");
        scale.put("products", plan.totalProducts);
        scale.put("tenants", plan.tenantCount());
        scale.put("suppliers", plan.totalSuppliers());
        scale.put("seed", plan.seed);
        scale.put("largestTenants", plan.tenants.stream().limit(5).map(t -> t.slug() + "=" + t.products()).toList());
        scale.put("smallestTenant", plan.tenants.getLast().slug() + "=" + plan.tenants.getLast().products());
        Log.info("machine: %s", m);
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
                    handle.get().onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    handle.get().destroyForcibly();
                }
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private void requirePortFree() {
        try (ServerSocket socket = new ServerSocket(o.port, 1, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("port " + o.port + " is in use; the bench server needs it");
        }
    }

    /** Reuses beltportal_bench when it holds this exact catalogue; otherwise drops it and rebuilds it. */
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
                    report.section("catalogue").put("generated", "reused from an earlier run");
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
        deleteTree(schemaDir);
        Log.info("starting the server once so that Flyway creates the schema");
        try (Server schema = Server.start(o, schemaDir, runDir.resolve("server-schema.log"))) {
            schema.await("Started BeltPortalApplication", Duration.ofMinutes(5), 0);
        }
        deleteTree(schemaDir);
        long t0 = System.nanoTime();
        new CatalogGenerator(plan, o.jdbcUrl()).generate();
        double seconds = (System.nanoTime() - t0) / 1e9;
        try (Connection db = CatalogGenerator.connect(o.jdbcUrl())) {
            CatalogGenerator.storeFingerprint(db, plan.fingerprint());
        }
        Map<String, Object> c = report.section("catalogue");
        c.put("generated", "this run");
        c.put("generationSeconds", Report.round(seconds));
        c.put("generationProductsPerSecond", Math.round(plan.totalProducts / seconds));
    }

    /** Undo what earlier runs changed: imported rows and visibility-trial titles. */
    private void cleanLeftovers() throws SQLException {
        try (Connection db = CatalogGenerator.connect(o.jdbcUrl()); Statement st = db.createStatement()) {
            int imported = st.executeUpdate("DELETE FROM product WHERE sku LIKE '" + IMPORT_SKU + "%'");
            int titles = st.executeUpdate("UPDATE product SET title = TRIM(SUBSTRING(title, 1, LOCATE(' " + NRT_MARK
                    + "', title) - 1)) WHERE title LIKE '% " + NRT_MARK + "%'");
            if (imported + titles > 0) {
                Log.info("cleaned %d imported products and %d trial titles left by an earlier run", imported, titles);
            }
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM product")) {
                rs.next();
                if (rs.getLong(1) != plan.totalProducts) {
                    throw new IllegalStateException("beltportal_bench holds " + rs.getLong(1) + " products, expected "
                            + plan.totalProducts + "; run with --regenerate");
                }
            }
        }
    }

    // ---------------------------------------------------------------- phases

    /** The server's log line when the index is ready: {@code rebuilt[:] N products in M ms} or a catch-up. */
    static final String INDEX_READY = "Product index (rebuilt|caught up since \\S+):? (\\d+) products in (\\d+) ms";

    /**
     * Starts the server with a full index: by default on an empty index directory, so the server rebuilds
     * it and the rebuild is measured. With --keep-index the fresh index is snapshotted (server stopped and
     * restarted) and later --keep-index runs for the same catalogue and search code restore it instead
     * (for builds whose 1M rebuild takes the better part of an hour). The database is cleaned to the
     * generated state before, so a snapshot matches it; the server re-reads products changed since.
     */
    private void startIndexedServer(Path dataDir) throws Exception {
        Path index = dataDir.resolve("index");
        // One snapshot per catalogue shape, so a --quick run does not evict the full-scale one.
        String shape = plan.totalProducts + "x" + plan.tenantCount() + "-" + plan.seed;
        Path snapshot = o.out.resolve("index-snapshot-" + shape);
        Path snapshotKey = o.out.resolve("index-snapshot-" + shape + ".key");
        String key = snapshotKey();
        boolean reuse = o.keepIndex && Files.exists(snapshotKey) && Files.isDirectory(snapshot)
                && (o.reuseIndex || Files.readString(snapshotKey).strip().equals(key));
        deleteTree(index);
        Map<String, Object> r = report.section("startupRebuild");
        if (reuse) {
            Log.info("restoring the index snapshot of an earlier run (%s)", Files.readString(snapshotKey).strip());
            copyTree(snapshot, index);
            r.put("index", "restored from the snapshot of an earlier run: " + Files.readString(snapshotKey).strip());
        } else if (o.keepIndex && Files.exists(snapshotKey)) {
            Log.info("index snapshot is for %s, not %s: rebuilding", Files.readString(snapshotKey).strip(), key);
        }
        startServer(dataDir, "server.log");
        Matcher ready = awaitIndexReady(!reuse);
        if (ready.group(1).equals("rebuilt")) {
            recordStartupRebuild(ready, dataDir);
            if (!o.keepIndex) {
                return;
            }
            Log.info("stopping the server to snapshot the fresh index for later runs");
            server.close();
            deleteTree(snapshot);
            Files.deleteIfExists(snapshotKey);
            copyTree(index, snapshot);
            Files.writeString(snapshotKey, key);
            r.put("snapshot", "saved for later runs (" + Report.mb(size(snapshot)) + ")");
            startServer(dataDir, "server-2.log");
            recordCatchUp(awaitIndexReady(false), "after the snapshot restart");
        } else {
            recordCatchUp(ready, "index restored from an earlier run's snapshot, so no startup rebuild this run; "
                    + "the rebuild rate comes from the admin API job");
        }
    }

    /** A kept index is caught up at start: the server re-reads products changed since its last commit. */
    private void recordCatchUp(Matcher ready, String context) {
        long count = Long.parseLong(ready.group(2));
        long ms = Long.parseLong(ready.group(3));
        Map<String, Object> c = report.section("startupCatchUp");
        c.put("line", ready.group(0));
        c.put("products", count);
        c.put("millis", ms);
        c.put("context", context);
        summary.add(String.format(Locale.ROOT, "- Start with a kept index (%s): catch-up re-read %,d changed products in **%.1f s** "
                + "before the index was ready", context, count, ms / 1000.0));
        if (ms > 60_000) {
            report.note("the start-up catch-up of a kept index took %.0f s for %,d changed products (it reads the changed "
                    + "ids through ix_product_changed: is that index missing?)", ms / 1000.0, count);
        }
    }

    private void startServer(Path dataDir, String logName) throws IOException {
        server = Server.start(o, dataDir, runDir.resolve(logName));
        serverStarted = System.nanoTime();
    }

    private long serverStarted;

    /** Waits for the index to be ready; profiles the startup rebuild for its first minutes when asked. */
    private Matcher awaitIndexReady(boolean profileRebuild) throws Exception {
        server.await("Starting BeltPortalApplication|Starting .*Application", Duration.ofMinutes(2), 0);
        Path jfr = runDir.resolve("rebuild.jfr");
        boolean profiling = profileRebuild && o.profile && startJfr("rebuild", jfr, "default");
        server.await("Started BeltPortalApplication", Duration.ofMinutes(5), 0);
        double startSeconds = (System.nanoTime() - serverStarted) / 1e9;
        report.section("startupRebuild").put("serverStartSeconds", Report.round(startSeconds));
        Log.info("server started in %.1f s; waiting for the index (startup rebuild or catch-up)", startSeconds);
        rebuildUsageStart = new ProcStats.Sample(server.pid());
        java.util.concurrent.atomic.AtomicBoolean recording = new java.util.concurrent.atomic.AtomicBoolean(profiling);
        Thread stopper = null;
        if (profiling) {
            // A rebuild of 1M products can take long: a few minutes of samples tell where its time goes.
            stopper = Thread.ofPlatform().daemon().start(() -> {
                try {
                    Thread.sleep(o.profileWindow.toMillis());
                    if (recording.compareAndSet(true, false)) {
                        stopJfr("rebuild");
                    }
                } catch (InterruptedException | IOException e) {
                    // the rebuild ended first
                }
            });
        }
        Matcher ready = server.await(INDEX_READY, o.rebuildTimeout, 0);
        if (stopper != null) {
            stopper.interrupt();
        }
        if (recording.compareAndSet(true, false)) {
            stopJfr("rebuild");
        }
        rebuildProfile = profiling ? jfr : null;
        return ready;
    }

    private ProcStats.Sample rebuildUsageStart;
    private Path rebuildProfile;

    /** With an empty index directory the server rebuilds the whole index at start; its log line times it. */
    private void recordStartupRebuild(Matcher rebuilt, Path dataDir) throws IOException {
        Map<String, Object> r = report.section("startupRebuild");
        ProcStats.Usage usage = rebuildUsageStart.until(new ProcStats.Sample(server.pid()));
        long count = Long.parseLong(rebuilt.group(2));
        long ms = Long.parseLong(rebuilt.group(3));
        double rate = count / (ms / 1000.0);
        r.put("index", "rebuilt at start from an empty index directory");
        r.put("products", count);
        r.put("millis", ms);
        r.put("productsPerSecond", Math.round(rate));
        r.put("cpu", usage.describe());
        r.put("indexBytes", size(dataDir.resolve("index")));
        Log.info("startup rebuild: %,d products in %,d ms = %,.0f products/s (%s)", count, ms, rate, usage.describe());
        summary.add(String.format(Locale.ROOT, "- Startup rebuild (empty index): %,d products in %.1f s = **%,.0f products/s**; %s",
                count, ms / 1000.0, rate, usage.describe()));
        report.target("rebuild >= 20,000 products/s", String.format(Locale.ROOT, "%,.0f products/s (startup rebuild of %,d)",
                rate, count), rate >= 20_000);
        if (rebuildProfile != null) {
            Profiles.Breakdown b = Profiles.rebuild(rebuildProfile);
            r.put("profile", b.lines());
            summary.add("");
            summary.add("Where the startup rebuild spent its time (JFR, first " + o.profileWindow.toMinutes() + " min at most):");
            summary.add("");
            summary.add("```");
            summary.addAll(b.lines());
            summary.add("```");
        }
    }

    /** Catalogue and the last commit of the code that decides the index content: a snapshot is valid for both. */
    private String snapshotKey() throws IOException, InterruptedException {
        String code = firstLine(command("git", "log", "-1", "--format=%h", "--", "search/src/main", "portal-core/src/main"));
        return plan.fingerprint() + ";code=" + code;
    }

    /** POST /admin/api/v1/search/rebuild when the server has it; search keeps answering meanwhile. */
    private void apiRebuild(Path dataDir) throws Exception {
        Map<String, Object> r = report.section("apiRebuild");
        long t0 = System.nanoTime();
        Api.Reply reply = api.post("/admin/api/v1/search/rebuild");
        if (reply.status() == 404 || reply.status() == 405) {
            r.put("status", "not available (" + reply.status() + "); rebuild measured from the startup log only");
            summary.add("- Rebuild API `POST /admin/api/v1/search/rebuild`: not in this build (" + reply.status() + ")");
            return;
        }
        if (reply.status() / 100 != 2) {
            r.put("status", "answered " + reply.status() + ": " + reply.body());
            report.note("rebuild API answered %d: %s", reply.status(), reply.body());
            return;
        }
        long jobId = reply.json().get("jobId").asLong();
        Log.info("rebuild job %d started; probing search while it runs", jobId);
        ProcStats.Sample before = new ProcStats.Sample(server.pid());
        Path jfr = runDir.resolve("rebuild-api.jfr");
        boolean profiling = o.profile && startJfr("rebuildapi", jfr, "profile");
        TenantPlan largest = plan.tenants.getFirst();
        String probe = "/t/" + largest.slug() + "/api/v1/search?q="
                + URLEncoder.encode(largest.family().leaves().getFirst().nouns().getFirst().zh(), StandardCharsets.UTF_8);
        Latencies during = new Latencies();
        int emptyAnswers = 0;
        int failedProbes = 0;
        JsonNode job = null;
        long deadline = System.nanoTime() + o.rebuildWindow.toNanos();
        long nextPoll = 0;
        while (System.nanoTime() < deadline) {
            long s0 = System.nanoTime();
            Api.Reply search = api.get(probe);
            during.add(System.nanoTime() - s0);
            if (search.status() != 200) {
                failedProbes++;
            } else if (search.total() <= 0) {
                emptyAnswers++;
            }
            if (System.nanoTime() >= nextPoll) {
                job = api.getAuthorized("/admin/api/v1/jobs/" + jobId).json();
                String state = job.path("state").asString();
                if (state.equals("succeeded") || state.equals("failed")) {
                    break;
                }
                nextPoll = System.nanoTime() + 250_000_000L;
            }
            Thread.sleep(200);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        ProcStats.Usage usage = before.until(new ProcStats.Sample(server.pid()));
        String state = job == null ? "?" : job.path("state").asString();
        boolean finished = state.equals("succeeded");
        long total = job == null ? -1 : finished ? job.path("total").asLong(job.path("processed").asLong())
                : job.path("processed").asLong();
        double rate = total / seconds;
        if (!finished && state.equals("running")) {
            long all = job.path("total").asLong(-1);
            report.note("the rebuild job had done %,d of %,d products after the %d-minute window (%,.0f products/s, a full rebuild "
                    + "would take about %.0f min); stopping the server ended it", total, all, o.rebuildWindow.toMinutes(),
                    rate, all / Math.max(rate, 1) / 60);
            r.put("windowMinutes", o.rebuildWindow.toMinutes());
            r.put("estimatedFullRebuildMinutes", Report.round(all / Math.max(rate, 1) / 60));
        }
        r.put("jobId", jobId);
        r.put("state", state);
        r.put("job", job == null ? null : job.toString());
        r.put("seconds", Report.round(seconds));
        r.put("products", total);
        r.put("productsPerSecond", Math.round(rate));
        r.put("cpu", usage.describe());
        r.put("searchDuringRebuild", Report.latencies(during));
        r.put("searchProbesWithoutHits", emptyAnswers);
        r.put("searchProbesFailed", failedProbes);
        r.put("indexBytes", size(dataDir.resolve("index")));
        summary.add(String.format(Locale.ROOT, "- Rebuild API job: %s, %,d products in %.1f s = **%,.0f products/s**; %s; "
                        + "search during rebuild p50 %.1f ms / max %.1f ms, %d probes without hits, %d failed", state, total,
                seconds, rate, usage.describe(), during.percentileMs(50), during.maxMs(), emptyAnswers, failedProbes));
        if (!state.equals("succeeded")) {
            report.note("rebuild job %d ended %s: %s", jobId, state, job);
        }
        report.target("rebuild >= 20,000 products/s (admin API job)", String.format(Locale.ROOT, "%,.0f products/s%s", rate,
                finished ? "" : " (" + state + " after the " + o.rebuildWindow.toMinutes() + "-minute window)"),
                finished || state.equals("running") ? rate >= 20_000 : Boolean.FALSE);
        if (profiling) {
            stopJfr("rebuildapi");
            Profiles.Breakdown b = Profiles.rebuild(jfr);
            r.put("profile", b.lines());
            summary.add("");
            summary.add("Where the rebuild job spent its time (JFR):");
            summary.add("");
            summary.add("```");
            summary.addAll(b.lines());
            summary.add("```");
        }
        if (!finished && state.equals("running")) {
            Log.info("ending the unfinished rebuild job by stopping the server (it drops the half-built generation)");
        }
    }

    private void latency() throws IOException, InterruptedException {
        QueryMix mix = new QueryMix(plan, o.seed + 1);
        List<SearchRequest> warm = mix.next(o.warmupRequests);
        Log.info("latency: %d warm-up requests", warm.size());
        ProcStats.Sample w0 = new ProcStats.Sample(server.pid());
        LoadDriver driver = new LoadDriver(api);
        LoadDriver.Stats warmup = driver.single(warm, o.warmupRequests, o.warmupMax);
        Log.info("warm-up: %d requests in %.1f s, p50 %.1f ms p99 %.1f ms (%s)", warmup.requests(), warmup.seconds,
                warmup.all.percentileMs(50), warmup.all.percentileMs(99), w0.until(new ProcStats.Sample(server.pid())).describe());
        List<SearchRequest> measured = new QueryMix(plan, o.seed + 2).next(o.latencyRequests);
        Log.info("latency: %d measured requests, one client", measured.size());
        ProcStats.Sample before = new ProcStats.Sample(server.pid());
        double[] gcBefore = server.gcPauses();
        LoadDriver.Stats stats = driver.single(measured, o.latencyRequests, o.latencyMax);
        double[] gcAfter = server.gcPauses();
        ProcStats.Usage usage = before.until(new ProcStats.Sample(server.pid()));
        double gcs = gcAfter[0] - gcBefore[0];
        double gcMs = gcAfter[1] - gcBefore[1];
        // The profiler costs a single client a few ms per request, so it watches a separate pass.
        Profiles.Breakdown profile = null;
        LoadDriver.Stats profiled = null;
        Path jfr = runDir.resolve("latency.jfr");
        if (o.profile && startJfr("latency", jfr, "profile")) {
            Log.info("latency: %d more requests under the profiler", PROFILED_REQUESTS);
            profiled = driver.single(new QueryMix(plan, o.seed + 5).next(PROFILED_REQUESTS), PROFILED_REQUESTS, o.latencyMax);
            stopJfr("latency");
            profile = Profiles.search(jfr);
        }
        Map<String, Object> r = report.section("latency");
        r.put("warmup", Report.latencies(warmup.all));
        r.putAll(Report.stats(stats));
        r.put("cpu", usage.describe());
        r.put("loadAverage", ProcStats.loadAverage());
        r.put("gcPauses", gcs);
        r.put("gcPauseMsTotal", Report.round(gcMs));
        Latencies all = stats.all;
        Log.info("latency: %d requests, p50 %.1f p95 %.1f p99 %.1f ms, %d errors", all.count(), all.percentileMs(50),
                all.percentileMs(95), all.percentileMs(99), stats.errors);
        summary.add("");
        summary.add(String.format(Locale.ROOT, "## Search latency, one client (%d requests after %d warm-up, %d errors)",
                all.count(), warmup.requests(), stats.errors));
        summary.add("");
        summary.add(String.format(Locale.ROOT, "p50 **%.1f ms**, p95 **%.1f ms**, p99 **%.1f ms**, max %.1f ms; %.0f searches/s; %s; "
                        + "%.0f GC pauses (%.0f ms in total, %.1f ms on average) while they ran",
                all.percentileMs(50), all.percentileMs(95), all.percentileMs(99), all.maxMs(), all.count() / stats.seconds,
                usage.describe(), gcs, gcMs, gcs == 0 ? 0 : gcMs / gcs));
        summary.add("");
        summary.addAll(Report.kindTable(stats));
        summary.add("");
        summary.add("Slowest requests:");
        summary.add("");
        stats.slowest.stream().limit(8).forEach(s -> summary.add(String.format(Locale.ROOT, "- %.1f ms %s (%d hits) `%s`",
                s.ms(), s.kind(), s.total(), java.net.URLDecoder.decode(s.path(), StandardCharsets.UTF_8))));
        if (profile != null) {
            r.put("profile", profile.lines());
            r.put("profiledPass", Report.latencies(profiled.all));
            summary.add("");
            summary.add(String.format(Locale.ROOT, "Where the request thread spent its time (JFR, a separate pass of %d requests; "
                    + "under the profiler p50 %.1f ms, p99 %.1f ms):", profiled.all.count(), profiled.all.percentileMs(50),
                    profiled.all.percentileMs(99)));
            summary.add("");
            summary.add("```");
            summary.addAll(profile.lines());
            summary.add("```");
        }
        report.target("search p99 <= 20 ms, one client over HTTP", String.format(Locale.ROOT, "p99 %.1f ms (p50 %.1f, p95 %.1f)",
                all.percentileMs(99), all.percentileMs(50), all.percentileMs(95)), all.percentileMs(99) <= 20 && stats.errors == 0);
        if (stats.errors > 0) {
            report.note("latency phase: %d failed requests, e.g. %s", stats.errors, stats.errorSamples);
        }
    }

    private void throughput() throws Exception {
        List<SearchRequest> requests = new QueryMix(plan, o.seed + 3).next(Math.max(20_000, o.throughputMax));
        LoadDriver driver = new LoadDriver(api);
        Log.info("throughput: %d clients, %d s warm-up", o.clients, o.throughputWarmup.toSeconds());
        driver.concurrent(o.clients, new QueryMix(plan, o.seed + 4).next(20_000), o.throughputMax, o.throughputWarmup);
        Path jfr = runDir.resolve("throughput.jfr");
        boolean profiling = o.profile && startJfr("throughput", jfr, "profile");
        Log.info("throughput: %d clients for up to %d s or %d requests", o.clients, o.throughputDuration.toSeconds(), o.throughputMax);
        ProcStats.Sample before = new ProcStats.Sample(server.pid());
        LoadDriver.Stats stats = driver.concurrent(o.clients, requests, o.throughputMax, o.throughputDuration);
        ProcStats.Usage usage = before.until(new ProcStats.Sample(server.pid()));
        double rps = stats.all.count() / stats.seconds;
        Map<String, Object> r = report.section("throughput");
        r.put("clients", o.clients);
        r.putAll(Report.stats(stats));
        r.put("cpu", usage.describe());
        r.put("loadAverage", ProcStats.loadAverage());
        Log.info("throughput: %.0f searches/s, p50 %.1f p99 %.1f ms, %d errors; %s", rps, stats.all.percentileMs(50),
                stats.all.percentileMs(99), stats.errors, usage.describe());
        summary.add("");
        summary.add(String.format(Locale.ROOT, "## Throughput, %d clients (%d requests in %.0f s, %d errors)", o.clients,
                stats.requests(), stats.seconds, stats.errors));
        summary.add("");
        summary.add(String.format(Locale.ROOT, "**%.0f searches/s**; latency under load p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; %s",
                rps, stats.all.percentileMs(50), stats.all.percentileMs(95), stats.all.percentileMs(99), usage.describe()));
        summary.add("");
        summary.addAll(Report.kindTable(stats));
        report.target("&ge; 500 searches/s at 32 concurrent clients", String.format(Locale.ROOT, "%.0f searches/s", rps),
                rps >= 500 && stats.errors == 0);
        if (stats.errors > 0) {
            report.note("throughput phase: %d failed requests, e.g. %s", stats.errors, stats.errorSamples);
        }
        if (profiling) {
            stopJfr("throughput");
            Profiles.Breakdown b = Profiles.search(jfr);
            r.put("profile", b.lines());
            summary.add("");
            summary.add("Where the request threads spent their time (JFR, throughput phase):");
            summary.add("");
            summary.add("```");
            summary.addAll(b.lines());
            summary.add("```");
        }
    }

    /** Admin save of a title with a unique word, then poll the search API until the word finds the product. */
    private void nrt() throws Exception {
        List<long[]> targets = nrtTargets();
        Latencies visible = new Latencies();
        Latencies saves = new Latencies();
        int timeouts = 0;
        int failures = 0;
        Log.info("visibility: %d trials", targets.size());
        for (int i = 0; i < targets.size(); i++) {
            TenantPlan tenant = plan.tenants.get((int) targets.get(i)[0] - 1);
            long productId = targets.get(i)[1];
            String path = "/admin/api/v1/tenants/" + tenant.slug() + "/products/" + productId;
            Api.Reply got = api.getAuthorized(path);
            if (got.status() != 200) {
                failures++;
                report.note("GET %s answered %d: %s", path, got.status(), got.body());
                continue;
            }
            ObjectNode original = draft(got.json());
            String token = NRT_MARK + runId + "x" + i;
            ObjectNode changed = original.deepCopy();
            changed.put("title", original.path("title").asString() + " " + token);
            String search = "/t/" + tenant.slug() + "/api/v1/search?size=1&q=" + token;
            long t0 = System.nanoTime();
            Api.Reply put = api.putJson(path, changed.toString());
            long saved = System.nanoTime();
            if (put.status() != 200) {
                failures++;
                report.note("PUT %s answered %d: %s", path, put.status(), put.body());
                continue;
            }
            saves.add(saved - t0);
            long deadline = saved + o.nrtTimeout.toNanos();
            boolean found = false;
            while (System.nanoTime() < deadline) {
                Api.Reply reply = api.get(search);
                if (reply.status() == 200 && reply.total() >= 1) {
                    visible.add(System.nanoTime() - saved);
                    found = true;
                    break;
                }
                Thread.sleep(5);
            }
            if (!found) {
                timeouts++;
            }
            api.putJson(path, original.toString());
            Thread.sleep(150);
        }
        Map<String, Object> r = report.section("nrt");
        r.put("trials", targets.size());
        r.put("visibleAfterSave", Report.latencies(visible));
        r.put("adminSave", Report.latencies(saves));
        r.put("timeouts", timeouts);
        r.put("failures", failures);
        Log.info("visibility: p50 %.0f ms p99 %.0f ms max %.0f ms, %d timeouts (>%d s), %d failures", visible.percentileMs(50),
                visible.percentileMs(99), visible.maxMs(), timeouts, o.nrtTimeout.toSeconds(), failures);
        summary.add("");
        summary.add(String.format(Locale.ROOT, "## Visibility after an admin save (%d trials)", targets.size()));
        summary.add("");
        summary.add(String.format(Locale.ROOT, "From the PUT's response to the first search that finds the new word: p50 **%.0f ms**, "
                        + "p99 **%.0f ms**, max %.0f ms; %d not visible within %d s, %d failed. The PUT itself: p50 %.0f ms, p99 %.0f ms.",
                visible.percentileMs(50), visible.percentileMs(99), visible.maxMs(), timeouts, o.nrtTimeout.toSeconds(), failures,
                saves.percentileMs(50), saves.percentileMs(99)));
        boolean met = timeouts == 0 && failures == 0 && visible.count() > 0 && visible.percentileMs(99) <= 1000;
        report.target("visibility after an admin save p99 <= 1 s", String.format(Locale.ROOT, "p99 %.0f ms (p50 %.0f ms, %d timeouts)",
                visible.percentileMs(99), visible.percentileMs(50), timeouts), met);
    }

    /** {tenant id, product id} pairs spread over small and large tenants, active products only. */
    private List<long[]> nrtTargets() throws SQLException {
        List<long[]> out = new ArrayList<>();
        try (Connection db = CatalogGenerator.connect(o.jdbcUrl());
             PreparedStatement st = db.prepareStatement("SELECT id FROM product WHERE tenant_id = ? AND status = 'ACTIVE' "
                     + "AND sku NOT LIKE '" + IMPORT_SKU + "%' ORDER BY id LIMIT 1 OFFSET ?")) {
            for (int i = 0; i < o.nrtTrials; i++) {
                TenantPlan t = plan.tenants.get((i * 7) % plan.tenantCount());
                st.setLong(1, t.id());
                st.setInt(2, (i * 37) % Math.max(1, Math.min(500, t.products() / 2)));
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        out.add(new long[] {t.id(), rs.getLong(1)});
                    }
                }
            }
        }
        return out;
    }

    /** The product as the admin API's write shape (ProductDraft fields only). */
    static ObjectNode draft(JsonNode product) {
        ObjectNode d = Api.JSON.createObjectNode();
        for (String field : List.of("sku", "title", "titleEn", "description", "category", "supplierId", "moq", "unit",
                "priceTiers", "attributes", "images", "status")) {
            if (product.has(field)) {
                d.set(field, product.get(field));
            }
        }
        return d;
    }

    /**
     * POST a generated CSV to products/import when the server has it; poll the job; wait for the rows in search.
     * Run {@code run} (from 1) has SKUs, a marker word and report section of its own, so a later run creates
     * products too rather than updating the first run's.
     */
    private void importCsv(int run) throws Exception {
        TenantPlan tenant = plan.tenants.get(Math.min(4, plan.tenantCount() - 1));
        String marker = "benchimp" + runId + (run == 1 ? "" : "r" + run);
        String name = run == 1 ? "import" : "import" + run;
        byte[] csv = ImportFile.csv(tenant, o.seed * 7919 + run, importSkuPrefix(tenant, run), marker, o.importRows);
        Files.write(runDir.resolve(name + ".csv"), csv);
        Map<String, Object> r = report.section(name);
        r.put("tenant", tenant.slug());
        r.put("rows", o.importRows);
        r.put("csvBytes", csv.length);
        String path = "/admin/api/v1/tenants/" + tenant.slug() + "/products/import";
        Log.info("%s: %,d rows (%s) into %s", name, o.importRows, Report.mb(csv.length), tenant.slug());
        Path jfr = runDir.resolve(name + ".jfr");
        boolean profiling = o.profile && startJfr(name, jfr, "profile");
        ProcStats.Sample before = new ProcStats.Sample(server.pid());
        long t0 = System.nanoTime();
        Api.Reply reply = api.postFile(path, "file", "bench-import.csv", "text/csv", csv);
        if (reply.status() / 100 != 2 && profiling) {
            stopJfr(name);
            profiling = false;
        }
        if (reply.status() == 404 || reply.status() == 405) {
            r.put("status", "not available (" + reply.status() + ")");
            summary.add("");
            summary.add("## CSV import");
            summary.add("");
            summary.add("`POST " + path + "` is not in this build (" + reply.status() + "): not measured yet.");
            report.target("import >= 5,000 rows/s into MySQL and the index", "endpoint not in this build", null);
            return;
        }
        if (reply.status() / 100 != 2 || !reply.json().has("jobId")) {
            r.put("status", "answered " + reply.status() + ": " + reply.body());
            report.note("import answered %d: %s", reply.status(), reply.body());
            report.target("import >= 5,000 rows/s into MySQL and the index", "import answered " + reply.status(), Boolean.FALSE);
            return;
        }
        double uploadSeconds = (System.nanoTime() - t0) / 1e9;
        long jobId = reply.json().get("jobId").asLong();
        JsonNode job = api.awaitJob(jobId, o.importTimeout, Duration.ofMillis(100));
        double jobSeconds = (System.nanoTime() - t0) / 1e9;
        String state = job == null ? "?" : job.path("state").asString();
        // All rows searchable: the marker word is in every imported title.
        long searchable = -1;
        long searchDeadline = System.nanoTime() + 60_000_000_000L;
        while (state.equals("succeeded") && System.nanoTime() < searchDeadline) {
            Api.Reply s = api.get("/t/" + tenant.slug() + "/api/v1/search?size=1&q=" + marker);
            searchable = s.status() == 200 ? s.total() : -1;
            if (searchable >= o.importRows) {
                break;
            }
            Thread.sleep(50);
        }
        double visibleSeconds = (System.nanoTime() - t0) / 1e9;
        ProcStats.Usage usage = before.until(new ProcStats.Sample(server.pid()));
        Profiles.Breakdown profile = null;
        if (profiling) {
            stopJfr(name);
            profile = Profiles.everything(name + ", all server threads", jfr);
        }
        long errorCount = job == null ? -1 : job.path("errorCount").asLong(-1);
        long processed = job == null ? 0 : job.path("processed").asLong();
        double rate = state.equals("succeeded") ? o.importRows / jobSeconds : processed / jobSeconds;
        if (state.equals("running") || state.equals("queued")) {
            report.note("the import job had processed %,d of %,d rows when the %d-minute limit ended the wait (%,.0f rows/s)",
                    processed, o.importRows, o.importTimeout.toMinutes(), rate);
        }
        double visibleRate = searchable >= o.importRows ? o.importRows / visibleSeconds : Double.NaN;
        long inDb;
        try (Connection db = CatalogGenerator.connect(o.jdbcUrl()); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM product WHERE tenant_id = " + tenant.id()
                     + " AND sku LIKE '" + importSkuPrefix(tenant, run) + "%'")) {
            rs.next();
            inDb = rs.getLong(1);
        }
        r.put("jobId", jobId);
        r.put("state", state);
        r.put("uploadSeconds", Report.round(uploadSeconds));
        r.put("secondsToSucceeded", Report.round(jobSeconds));
        r.put("rowsPerSecond", Math.round(rate));
        r.put("processed", processed);
        r.put("secondsUntilAllSearchable", Report.round(visibleSeconds));
        r.put("searchable", searchable);
        r.put("rowsInDatabase", inDb);
        r.put("rowsPerSecondIncludingIndex", Math.round(visibleRate));
        r.put("errorCount", errorCount);
        r.put("job", job == null ? null : abbreviate(job.toString(), 2000));
        r.put("cpu", usage.describe());
        summary.add("");
        summary.add(String.format(Locale.ROOT, "## CSV import%s (%,d rows into %s)",
                o.importRuns == 1 ? "" : " " + run + " of " + o.importRuns, o.importRows, tenant.slug()));
        summary.add("");
        summary.add(String.format(Locale.ROOT, "Job %s after %.1f s = **%,.0f rows/s** (upload %.1f s); all %,d rows searchable after "
                        + "%.1f s = %,.0f rows/s; %,d rows in MySQL; %d row errors; %s", state, jobSeconds, rate, uploadSeconds,
                searchable, visibleSeconds, visibleRate, inDb, errorCount, usage.describe()));
        if (profile != null) {
            r.put("profile", profile.lines());
            summary.add("");
            summary.add("Where the server spent its time during the import (JFR, all threads):");
            summary.add("");
            summary.add("```");
            summary.addAll(profile.lines());
            summary.add("```");
        }
        boolean ok = state.equals("succeeded") && searchable >= o.importRows && inDb >= o.importRows;
        report.target("import >= 5,000 rows/s into MySQL and the index"
                + (o.importRuns == 1 ? "" : " (run " + run + " of " + o.importRuns + ")"), String.format(Locale.ROOT,
                "%,.0f rows/s to job succeeded, %,.0f rows/s until all searchable", rate, visibleRate), ok && visibleRate >= 5000);
        if (!ok) {
            report.note("import incomplete: state %s, %d searchable, %d in MySQL, job %s", state, searchable, inDb,
                    job == null ? null : abbreviate(job.toString(), 500));
        }
    }

    private static String importSkuPrefix(TenantPlan tenant, int run) {
        return IMPORT_SKU + tenant.slug().toUpperCase() + "-" + (run == 1 ? "" : "R" + run + "-");
    }

    // ---------------------------------------------------------------- heap, JFR, files

    private Server.HeapFigures heap(String when) throws IOException, InterruptedException {
        Server.HeapFigures h = server.heapAfterFullGc();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("heapUsedAfterFullGc", Report.mb(h.usedBytes()));
        m.put("heapUsedBytes", h.usedBytes());
        m.put("heapCommitted", Report.mb(h.committedBytes()));
        m.put("metaspaceUsed", Report.mb(h.metaspaceBytes()));
        m.put("rss", Report.mb(h.rssBytes()));
        m.put("indexOnDisk", Report.mb(size(o.out.resolve("data/index"))));
        m.put("gcHeapInfo", h.raw());
        report.section("memory").put(when, m);
        Log.info("memory %s: heap used after full GC %s (committed %s), RSS %s, index on disk %s", when,
                Report.mb(h.usedBytes()), Report.mb(h.committedBytes()), Report.mb(h.rssBytes()),
                Report.mb(size(o.out.resolve("data/index"))));
        summary.add(String.format(Locale.ROOT, "- Memory %s: heap after full GC **%s** (committed %s, -Xmx%s), RSS %s, index on disk %s",
                when, Report.mb(h.usedBytes()), Report.mb(h.committedBytes()), o.xmx, Report.mb(h.rssBytes()),
                Report.mb(size(o.out.resolve("data/index")))));
        return h;
    }

    private void heapTarget() {
        long max = heaps.stream().mapToLong(Server.HeapFigures::usedBytes).max().orElse(-1);
        report.target("heap <= 1 GB for 1M products", "max heap after full GC " + Report.mb(max) + " (server run with -Xmx"
                + o.xmx + ")" + (plan.totalProducts < 1_000_000 ? "; catalogue smaller than 1M" : ""),
                max < 0 ? null : max <= 1L << 30);
    }

    private boolean startJfr(String name, Path file, String settings) {
        try {
            try {
                server.jcmd("JFR.configure", "stackdepth=256");
            } catch (IOException alreadyConfigured) {
                // stack depth can only be set before the first recording; later calls fail harmlessly
            }
            server.jcmd("JFR.start", "name=" + name, "settings=" + settings, "filename=" + file.toAbsolutePath());
            return true;
        } catch (IOException | InterruptedException e) {
            report.note("JFR recording %s could not start: %s", name, e.getMessage());
            return false;
        }
    }

    private void stopJfr(String name) throws IOException, InterruptedException {
        server.jcmd("JFR.stop", "name=" + name);
    }

    static long size(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException gone) {
                    return 0;
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String command(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("?");
    }

    private static String abbreviate(String text, int max) {
        return text.length() > max ? text.substring(0, max) + "..." : text;
    }
}
