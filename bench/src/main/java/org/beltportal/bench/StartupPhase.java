package org.beltportal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;

/**
 * Starts the server with a full index and measures how it got there: by default on an empty index directory,
 * so the server rebuilds it and the rebuild is measured (and profiled for its first minutes). With --keep-index
 * the fresh index is snapshotted (server stopped and restarted) and later --keep-index runs for the same
 * catalogue and search code restore it instead (for builds whose 1M rebuild takes the better part of an hour);
 * the server then catches up with products changed since. The database was cleaned to the generated state
 * before, so a snapshot matches it.
 */
final class StartupPhase {

    /**
     * The server's log line when the index is ready: a rebuild, the catch-up of a kept index, or (group 1 null) a kept
     * index that follows the change feed from its position and needs no catch-up.
     */
    static final String INDEX_READY = "Product index (?:(rebuilt|caught up since \\S+) (\\d+) products (?:and \\d+ differing )?"
            + "in (\\d+) ms|follows the change feed from row \\d+: no catch-up)";

    /** OpenSearchIndexer's line when the cluster's index is filled (a new node's index is empty at every run). */
    static final String OPENSEARCH_READY = "OpenSearch product index rebuilt (\\d+) products into \\S+ in (\\d+) ms";

    private final RunContext run;
    private final Options o;
    private final Report report;

    StartupPhase(RunContext run) {
        this.run = run;
        this.o = run.o;
        this.report = run.report;
    }

    /** The log line that said the index is ready, with what was sampled while the server got there. */
    private record IndexReady(Matcher line, ProcStats.Sample usageFrom, Path profile) {
    }

    void start() throws Exception {
        Path dataDir = run.dataDir();
        Path index = dataDir.resolve("index");
        // One snapshot per catalogue shape, so a --quick run does not evict the full-scale one.
        String shape = run.plan.totalProducts + "x" + run.plan.tenantCount() + "-" + run.plan.seed;
        Path snapshot = o.out.resolve("index-snapshot-" + shape);
        Path snapshotKey = o.out.resolve("index-snapshot-" + shape + ".key");
        String key = snapshotKey();
        boolean reuse = o.keepIndex && Files.exists(snapshotKey) && Files.isDirectory(snapshot)
                && (o.reuseIndex || Files.readString(snapshotKey).strip().equals(key));
        Trees.delete(index);
        Map<String, Object> r = report.section("startupRebuild");
        if (reuse) {
            Log.info("restoring the index snapshot of an earlier run (%s)", Files.readString(snapshotKey).strip());
            Trees.copy(snapshot, index);
            r.put("index", "restored from the snapshot of an earlier run: " + Files.readString(snapshotKey).strip());
        } else if (o.keepIndex && Files.exists(snapshotKey)) {
            Log.info("index snapshot is for %s, not %s: rebuilding", Files.readString(snapshotKey).strip(), key);
        }
        IndexReady ready = startServer(dataDir, "server.log", !reuse);
        if (ready.line().group(1) == null) {
            r.put("index", "restored from an earlier run's snapshot; it follows the change feed, nothing to catch up");
            return;
        }
        if (!ready.line().group(1).equals("rebuilt")) {
            recordCatchUp(ready.line(), "index restored from an earlier run's snapshot, so no startup rebuild this run; "
                    + "the rebuild rate comes from the admin API job");
            return;
        }
        recordStartupRebuild(ready, dataDir);
        if (!o.keepIndex) {
            return;
        }
        Log.info("stopping the server to snapshot the fresh index for later runs");
        run.server.close();
        Trees.delete(snapshot);
        Files.deleteIfExists(snapshotKey);
        Trees.copy(index, snapshot);
        Files.writeString(snapshotKey, key);
        r.put("snapshot", "saved for later runs (" + Report.mb(Trees.size(snapshot)) + ")");
        recordCatchUp(startServer(dataDir, "server-2.log", false).line(), "after the snapshot restart");
    }

    /** Starts the server and waits for its index; profiles the startup rebuild for its first minutes when asked. */
    private IndexReady startServer(Path dataDir, String logName, boolean profileRebuild) throws Exception {
        run.server = Server.start(o, dataDir, run.runDir.resolve(logName));
        long started = System.nanoTime();
        Server server = run.server;
        server.await("Starting BeltPortalApplication", Duration.ofMinutes(2));
        Path jfr = run.runDir.resolve("rebuild.jfr");
        boolean profiling = profileRebuild && o.profile && run.startJfr("rebuild", jfr, "default");
        server.await("Started BeltPortalApplication", o.startTimeout);
        double startSeconds = (System.nanoTime() - started) / 1e9;
        report.section("startupRebuild").put("serverStartSeconds", Report.round(startSeconds));
        Log.info("server started in %.1f s; waiting for the index (startup rebuild or catch-up)", startSeconds);
        ProcStats.Sample usageFrom = new ProcStats.Sample(server.pid());
        AtomicBoolean recording = new AtomicBoolean(profiling);
        Thread stopper = null;
        if (profiling) {
            // A rebuild of 1M products can take long: a few minutes of samples tell where its time goes.
            stopper = Thread.ofPlatform().daemon().start(() -> {
                try {
                    Thread.sleep(o.profileWindow.toMillis());
                    if (recording.compareAndSet(true, false)) {
                        run.stopJfr("rebuild");
                    }
                } catch (InterruptedException | IOException e) {
                    // the rebuild ended first
                }
            });
        }
        Matcher ready = server.await(INDEX_READY, o.rebuildTimeout);
        if (o.backend.equals("opensearch")) {
            awaitOpenSearch(server);
        }
        if (stopper != null) {
            stopper.interrupt();
        }
        if (recording.compareAndSet(true, false)) {
            run.stopJfr("rebuild");
        }
        return new IndexReady(ready, usageFrom, profiling ? jfr : null);
    }

    /**
     * With the OpenSearch backend the server fills the cluster's new index as a job beside its own embedded index
     * (which still builds at start, decision 0045); searches are measured only once the cluster holds everything.
     */
    private void awaitOpenSearch(Server server) {
        Matcher filled = server.await(OPENSEARCH_READY, o.rebuildTimeout);
        long count = Long.parseLong(filled.group(1));
        long ms = Long.parseLong(filled.group(2));
        Map<String, Object> r = report.section("openSearchRebuild");
        r.put("products", count);
        r.put("millis", ms);
        r.put("productsPerSecond", Math.round(count / (ms / 1000.0)));
        Log.info("OpenSearch index filled: %,d products in %,d ms", count, ms);
        run.summary.add(String.format(Locale.ROOT, "- Backend **opensearch** (one node, child process of bench/run.sh): "
                + "its index filled with %,d products in %.1f s = %,.0f products/s", count, ms / 1000.0, count / (ms / 1000.0)));
    }

    /** A kept index is caught up at start: the server re-reads products changed since its last commit. */
    private void recordCatchUp(Matcher ready, String context) {
        if (ready.group(1) == null) {
            report.section("startupCatchUp").put("line", ready.group(0));
            return;
        }
        long count = Long.parseLong(ready.group(2));
        long ms = Long.parseLong(ready.group(3));
        Map<String, Object> c = report.section("startupCatchUp");
        c.put("line", ready.group(0));
        c.put("products", count);
        c.put("millis", ms);
        c.put("context", context);
        run.summary.add(String.format(Locale.ROOT, "- Start with a kept index (%s): catch-up re-read %,d changed products in "
                + "**%.1f s** before the index was ready", context, count, ms / 1000.0));
        if (ms > 60_000) {
            report.note("the start-up catch-up of a kept index took %.0f s for %,d changed products (it reads the changed "
                    + "ids through ix_product_changed: is that index missing?)", ms / 1000.0, count);
        }
    }

    /** With an empty index directory the server rebuilds the whole index at start; its log line times it. */
    private void recordStartupRebuild(IndexReady ready, Path dataDir) throws IOException {
        Map<String, Object> r = report.section("startupRebuild");
        ProcStats.Usage usage = ready.usageFrom().until(new ProcStats.Sample(run.server.pid()));
        long count = Long.parseLong(ready.line().group(2));
        long ms = Long.parseLong(ready.line().group(3));
        double rate = count / (ms / 1000.0);
        r.put("index", "rebuilt at start from an empty index directory");
        r.put("products", count);
        r.put("millis", ms);
        r.put("productsPerSecond", Math.round(rate));
        r.put("cpu", usage.describe());
        r.put("indexBytes", Trees.size(dataDir.resolve("index")));
        Log.info("startup rebuild: %,d products in %,d ms = %,.0f products/s (%s)", count, ms, rate, usage.describe());
        run.summary.add(String.format(Locale.ROOT, "- Startup rebuild (empty index): %,d products in %.1f s = **%,.0f products/s**; %s",
                count, ms / 1000.0, rate, usage.describe()));
        report.target("rebuild >= 20,000 products/s", String.format(Locale.ROOT, "%,.0f products/s (startup rebuild of %,d)",
                rate, count), rate >= 20_000);
        if (ready.profile() != null) {
            Profiles.Breakdown b = Profiles.rebuild(ready.profile());
            r.put("profile", b.lines());
            run.summaryBlock("Where the startup rebuild spent its time (JFR, first " + o.profileWindow.toMinutes()
                    + " min at most):", b.lines());
        }
    }

    /** Catalogue and the last commit of the code that decides the index content: a snapshot is valid for both. */
    private String snapshotKey() throws IOException, InterruptedException {
        String code = Commands.firstLine(Commands.output("git", "log", "-1", "--format=%h", "--", "search/src/main",
                "portal-core/src/main"));
        return run.plan.fingerprint() + ";code=" + code;
    }
}
