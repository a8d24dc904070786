package org.beltportal.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.beltportal.bench.Plan.TenantPlan;
import tools.jackson.databind.JsonNode;

/**
 * The admin API's rebuild job ({@code POST /admin/api/v1/search/rebuild}), followed for at most
 * {@code --rebuild-window} minutes while a search probe every 200 ms shows the portal keeps answering. It runs
 * last: an unfinished job gives its rate so far and ends when the harness stops the server.
 */
final class RebuildJobPhase {

    private final RunContext run;
    private final Options o;
    private final Api api;
    private final Report report;

    RebuildJobPhase(RunContext run) {
        this.run = run;
        this.o = run.o;
        this.api = run.api;
        this.report = run.report;
    }

    void measure() throws Exception {
        Map<String, Object> r = report.section("apiRebuild");
        long t0 = System.nanoTime();
        Api.Reply reply = api.post("/admin/api/v1/search/rebuild");
        if (reply.status() / 100 != 2) {
            r.put("status", "answered " + reply.status() + ": " + reply.body());
            report.note("rebuild API answered %d: %s", reply.status(), reply.body());
            return;
        }
        long jobId = reply.json().get("jobId").asLong();
        Log.info("rebuild job %d started; probing search while it runs", jobId);
        ProcStats.Sample before = new ProcStats.Sample(run.server.pid());
        Path jfr = run.runDir.resolve("rebuild-api.jfr");
        boolean profiling = o.profile && run.startJfr("rebuildapi", jfr, "profile");
        TenantPlan largest = run.plan.tenants.getFirst();
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
        ProcStats.Usage usage = before.until(new ProcStats.Sample(run.server.pid()));
        String state = job == null ? "?" : job.path("state").asString();
        boolean finished = state.equals("succeeded");
        long total = job == null ? -1 : finished ? job.path("total").asLong(job.path("processed").asLong())
                : job.path("processed").asLong();
        double rate = total / seconds;
        boolean unfinished = state.equals("running");
        if (unfinished) {
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
        r.put("indexBytes", Trees.size(run.dataDir().resolve("index")));
        run.summary.add(String.format(Locale.ROOT, "- Rebuild API job: %s, %,d products in %.1f s = **%,.0f products/s**; %s; "
                        + "search during rebuild p50 %.1f ms / max %.1f ms, %d probes without hits, %d failed", state, total,
                seconds, rate, usage.describe(), during.percentileMs(50), during.maxMs(), emptyAnswers, failedProbes));
        if (!finished) {
            report.note("rebuild job %d ended %s: %s", jobId, state, job);
        }
        report.target("rebuild >= 20,000 products/s (admin API job)", String.format(Locale.ROOT, "%,.0f products/s%s", rate,
                finished ? "" : " (" + state + " after the " + o.rebuildWindow.toMinutes() + "-minute window)"),
                finished || unfinished ? rate >= 20_000 : Boolean.FALSE);
        if (profiling) {
            run.stopJfr("rebuildapi");
            Profiles.Breakdown b = Profiles.rebuild(jfr);
            r.put("profile", b.lines());
            run.summaryBlock("Where the rebuild job spent its time (JFR):", b.lines());
        }
        if (unfinished) {
            Log.info("ending the unfinished rebuild job by stopping the server (it drops the half-built generation)");
        }
    }
}
