package org.beltportal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.beltportal.bench.QueryMix.SearchRequest;

/**
 * Issue 18: what measuring buyers (insight, docs/insight.md) costs the search. The same search load as the
 * throughput phase, in four rounds on the same catalogue and index, with counting on, off, off, on
 * ({@code --portal.insight.enabled}): the server is restarted for each round, so every round has a JVM of the same
 * age and warm-up, and the mirrored order cancels a machine's steady drift (off, on, off, on put every on round
 * later than its off round: a run whose throughput fell by 5% per round read as a 0.95 ratio). The harness's requests
 * carry Java's User-Agent, which is no known bot, so every search is counted as a buyer's would be. Reports the
 * ratio of the mean searches/s with counting on to the mean with it off (target &ge; 0.97). The server is left
 * running with counting on, as the later phases expect.
 */
final class InsightOverheadPhase {

    static final String SWITCH = "--portal.insight.enabled=";
    private static final int ROUNDS = 4;

    private final RunContext run;
    private final Options o;

    InsightOverheadPhase(RunContext run) {
        this.run = run;
        this.o = run.o;
    }

    void measure() throws Exception {
        List<SearchRequest> requests = new QueryMix(run.plan, o.seed + 3).next(Math.max(20_000, o.throughputMax));
        List<SearchRequest> warmup = new QueryMix(run.plan, o.seed + 4).next(20_000);
        List<String> serverArgs = o.serverArgs;
        List<Double> on = new ArrayList<>();
        List<Double> off = new ArrayList<>();
        Map<String, Object> r = run.report.section("insightOverhead");
        try {
            for (int round = 0; round < ROUNDS; round++) {
                boolean counting = round == 0 || round == ROUNDS - 1;
                restart(serverArgs, counting, round);
                LoadDriver driver = new LoadDriver(run.api);
                driver.concurrent(o.clients, warmup, o.throughputMax, o.throughputWarmup);
                LoadDriver.Stats stats = driver.concurrent(o.clients, requests, o.throughputMax, o.throughputDuration);
                double rps = stats.all.count() / stats.seconds;
                (counting ? on : off).add(rps);
                r.put("round" + (round + 1) + (counting ? "On" : "Off"), Report.stats(stats));
                Log.info("insight %s: %.0f searches/s, p99 %.1f ms, %d errors", counting ? "on" : "off", rps,
                        stats.all.percentileMs(99), stats.errors);
                if (stats.errors > 0) {
                    run.report.note("insight overhead, round %d: %d failed requests, e.g. %s", round + 1, stats.errors,
                            stats.errorSamples);
                }
            }
        } finally {
            o.serverArgs = serverArgs;
        }
        double meanOn = on.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double meanOff = off.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double ratio = meanOff == 0 ? 0 : meanOn / meanOff;
        r.put("meanOn", Report.round(meanOn));
        r.put("meanOff", Report.round(meanOff));
        r.put("ratio", Report.round(ratio));
        List<String> summary = run.summary;
        summary.add("");
        summary.add(String.format(Locale.ROOT, "## Insight overhead, %d clients, rounds on/off/off/on of %d s", o.clients,
                o.throughputDuration.toSeconds()));
        summary.add("");
        summary.add(String.format(Locale.ROOT, "Counting off: %s searches/s; on: %s searches/s; **ratio on/off %.3f**",
                rates(off), rates(on), ratio));
        run.report.target("insight: search throughput with counting on &ge; 0.97 of off",
                String.format(Locale.ROOT, "%.3f", ratio), ratio >= 0.97);
    }

    private static String rates(List<Double> rates) {
        return String.join(", ", rates.stream().map(rate -> String.format(Locale.ROOT, "%.0f", rate)).toList());
    }

    /** Restarts the server on the same data directory with counting on or off and waits for its index. */
    private void restart(List<String> serverArgs, boolean counting, int round) throws Exception {
        run.server.close();
        List<String> args = new ArrayList<>(serverArgs);
        args.add(SWITCH + counting);
        o.serverArgs = List.copyOf(args);
        run.server = Server.start(o, run.dataDir(), run.runDir.resolve("server-insight-" + (round + 1) + ".log"));
        run.server.await("Started BeltPortalApplication", o.startTimeout);
        run.server.await(StartupPhase.INDEX_READY, o.rebuildTimeout);
    }
}
