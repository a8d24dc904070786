package org.beltportal.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.beltportal.bench.QueryMix.SearchRequest;

/** Searches per second with {@code --clients} (32) clients sharing one request list, after a warm-up, under JFR. */
final class ThroughputPhase {

    private final RunContext run;
    private final Options o;
    private final Plan plan;

    ThroughputPhase(RunContext run) {
        this.run = run;
        this.o = run.o;
        this.plan = run.plan;
    }

    void measure() throws Exception {
        List<SearchRequest> requests = new QueryMix(plan, o.seed + 3).next(Math.max(20_000, o.throughputMax));
        LoadDriver driver = new LoadDriver(run.api);
        Log.info("throughput: %d clients, %d s warm-up", o.clients, o.throughputWarmup.toSeconds());
        driver.concurrent(o.clients, new QueryMix(plan, o.seed + 4).next(20_000), o.throughputMax, o.throughputWarmup);
        Path jfr = run.runDir.resolve("throughput.jfr");
        boolean profiling = o.profile && run.startJfr("throughput", jfr, "profile");
        Log.info("throughput: %d clients for up to %d s or %d requests", o.clients, o.throughputDuration.toSeconds(), o.throughputMax);
        ProcStats.Sample before = new ProcStats.Sample(run.server.pid());
        LoadDriver.Stats stats = driver.concurrent(o.clients, requests, o.throughputMax, o.throughputDuration);
        ProcStats.Usage usage = before.until(new ProcStats.Sample(run.server.pid()));
        double rps = stats.all.count() / stats.seconds;
        Map<String, Object> r = run.report.section("throughput");
        r.put("clients", o.clients);
        r.putAll(Report.stats(stats));
        r.put("cpu", usage.describe());
        r.put("loadAverage", ProcStats.loadAverage());
        Log.info("throughput: %.0f searches/s, p50 %.1f p99 %.1f ms, %d errors; %s", rps, stats.all.percentileMs(50),
                stats.all.percentileMs(99), stats.errors, usage.describe());
        List<String> summary = run.summary;
        summary.add("");
        summary.add(String.format(Locale.ROOT, "## Throughput, %d clients (%d requests in %.0f s, %d errors)", o.clients,
                stats.requests(), stats.seconds, stats.errors));
        summary.add("");
        summary.add(String.format(Locale.ROOT, "**%.0f searches/s**; latency under load p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; %s",
                rps, stats.all.percentileMs(50), stats.all.percentileMs(95), stats.all.percentileMs(99), usage.describe()));
        summary.add("");
        summary.addAll(Report.kindTable(stats));
        run.report.target("&ge; 500 searches/s at 32 concurrent clients", String.format(Locale.ROOT, "%.0f searches/s", rps),
                rps >= 500 && stats.errors == 0);
        if (stats.errors > 0) {
            run.report.note("throughput phase: %d failed requests, e.g. %s", stats.errors, stats.errorSamples);
        }
        if (profiling) {
            run.stopJfr("throughput");
            Profiles.Breakdown b = Profiles.search(jfr);
            r.put("profile", b.lines());
            run.summaryBlock("Where the request threads spent their time (JFR, throughput phase):", b.lines());
        }
    }
}
