package org.beltportal.bench;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.beltportal.bench.QueryMix.SearchRequest;

/**
 * Search latency with one client: a warm-up of the query mix, then the measured requests with the CPU and
 * GC pauses they cost, per query kind and the slowest ones; then, when profiling, a separate pass under JFR
 * (the profiler costs a single client a few ms per request, so it never watches the measured one).
 */
final class LatencyPhase {

    static final int PROFILED_REQUESTS = 1500;

    private final RunContext run;
    private final Options o;
    private final Plan plan;
    private final Server server;
    private final List<String> summary;

    LatencyPhase(RunContext run) {
        this.run = run;
        this.o = run.o;
        this.plan = run.plan;
        this.server = run.server;
        this.summary = run.summary;
    }

    void measure() throws IOException, InterruptedException {
        QueryMix mix = new QueryMix(plan, o.seed + 1);
        List<SearchRequest> warm = mix.next(o.warmupRequests);
        Log.info("latency: %d warm-up requests", warm.size());
        ProcStats.Sample w0 = new ProcStats.Sample(server.pid());
        LoadDriver driver = new LoadDriver(run.api);
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
        Profiles.Breakdown profile = null;
        LoadDriver.Stats profiled = null;
        Path jfr = run.runDir.resolve("latency.jfr");
        if (o.profile && run.startJfr("latency", jfr, "profile")) {
            Log.info("latency: %d more requests under the profiler", PROFILED_REQUESTS);
            profiled = driver.single(new QueryMix(plan, o.seed + 5).next(PROFILED_REQUESTS), PROFILED_REQUESTS, o.latencyMax);
            run.stopJfr("latency");
            profile = Profiles.search(jfr);
        }
        Map<String, Object> r = run.report.section("latency");
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
                s.ms(), s.kind(), s.total(), URLDecoder.decode(s.path(), StandardCharsets.UTF_8))));
        if (profile != null) {
            r.put("profile", profile.lines());
            r.put("profiledPass", Report.latencies(profiled.all));
            run.summaryBlock(String.format(Locale.ROOT, "Where the request thread spent its time (JFR, a separate pass of %d "
                    + "requests; under the profiler p50 %.1f ms, p99 %.1f ms):", profiled.all.count(), profiled.all.percentileMs(50),
                    profiled.all.percentileMs(99)), profile.lines());
        }
        run.report.target("search p99 <= 20 ms, one client over HTTP", String.format(Locale.ROOT,
                "p99 %.1f ms (p50 %.1f, p95 %.1f)", all.percentileMs(99), all.percentileMs(50), all.percentileMs(95)),
                all.percentileMs(99) <= 20 && stats.errors == 0);
        if (stats.errors > 0) {
            run.report.note("latency phase: %d failed requests, e.g. %s", stats.errors, stats.errorSamples);
        }
    }
}
