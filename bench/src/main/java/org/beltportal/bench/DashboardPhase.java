package org.beltportal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.beltportal.bench.Plan.TenantPlan;

/**
 * Issue 18: the insight dashboards over a year of rollups (target p95 within 200 ms). Writes a year of hourly
 * rollups, their daily sums and daily top queries for every belt straight into the tables ({@link RollupGenerator};
 * run it with {@code --tenants 1000}), then, signed in to the console as the platform admin, times the largest
 * belt's insight screen and summary JSON, the region dashboard of 浙江 (every tenth belt) and the platform dashboard
 * (every belt), pages and JSON, each over the whole year. Probes take turns, one client, each asked twice before
 * it is measured. The existing region summary (hours, not days) is timed too, for information.
 */
final class DashboardPhase {

    static final double TARGET_P95_MS = 200;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final RunContext run;
    private final Options o;

    DashboardPhase(RunContext run) {
        this.run = run;
        this.o = run.o;
    }

    record Probe(String name, String path, boolean target) {
    }

    void measure() throws Exception {
        LocalDate lastDay = LocalDate.now(CHINA).minusDays(1);
        RollupGenerator generator = new RollupGenerator(run.plan, o.jdbcUrl(), lastDay);
        long rows = generator.generate();
        Map<String, Object> section = run.report.section("dashboards");
        section.put("hourlyRowsWritten", rows);
        section.put("tenants", run.plan.tenantCount());
        section.put("loadAverageBefore", loadAverage());
        String year = "from=" + lastDay.minusDays(RollupGenerator.DAYS - 1) + "&to=" + lastDay;
        TenantPlan belt = run.plan.tenants.getFirst();
        List<Probe> probes = List.of(
                new Probe("belt insight screen (" + belt.slug() + ")", "/admin/belts/" + belt.slug() + "/insight?" + year, true),
                new Probe("belt summary JSON", "/admin/api/v1/tenants/" + belt.slug() + "/insight/summary?" + year, true),
                new Probe("region dashboard (浙江)", "/admin/regions/330000/insight?" + year, true),
                new Probe("region dashboard JSON", "/admin/api/v1/regions/330000/insight/dashboard?" + year, true),
                new Probe("region dashboard JSON, by zero-result rate",
                        "/admin/api/v1/regions/330000/insight/dashboard?" + year + "&metric=zeroResultRate", true),
                new Probe("platform dashboard", "/admin/insight?" + year, true),
                new Probe("platform dashboard JSON", "/admin/api/v1/insight/dashboard?" + year, true),
                new Probe("region summary JSON (for information)", "/admin/api/v1/regions/330000/insight/summary?" + year, false));
        ConsoleClient console = new ConsoleClient(o.baseUrl());
        console.login("admin", o.adminPassword);
        Map<Probe, Latencies> times = new LinkedHashMap<>();
        Map<Probe, Integer> failures = new LinkedHashMap<>();
        for (Probe probe : probes) {
            times.put(probe, new Latencies());
            failures.put(probe, 0);
            ConsoleClient.Page first = console.get(probe.path());
            if (first.status() != 200) {
                throw new IllegalStateException(probe.path() + " answered " + first.status());
            }
            console.get(probe.path());
        }
        Log.info("dashboards: %d probes, %d requests each", probes.size(), o.consoleRequests);
        for (int round = 0; round < o.consoleRequests; round++) {
            for (Probe probe : probes) {
                ConsoleClient.Page page = console.get(probe.path());
                times.get(probe).add(page.nanos());
                if (page.status() != 200) {
                    failures.merge(probe, 1, Integer::sum);
                }
            }
        }
        section.put("loadAverageAfter", loadAverage());
        report(rows, times, failures, section);
    }

    private void report(long rows, Map<Probe, Latencies> times, Map<Probe, Integer> failures, Map<String, Object> section) {
        List<String> summary = run.summary;
        summary.add("");
        summary.add(String.format(Locale.ROOT, "## Insight dashboards over %d days of rollups for %d belts (%d requests each, "
                + "one client, signed in; load average %s before, %s after)", RollupGenerator.DAYS, run.plan.tenantCount(),
                o.consoleRequests, section.get("loadAverageBefore"), section.get("loadAverageAfter")));
        summary.add("");
        summary.add("| page | p50 ms | p95 ms | max ms | failed |");
        summary.add("| --- | --- | --- | --- | --- |");
        double worst = 0;
        String worstPage = "";
        int failed = 0;
        List<String> names = new ArrayList<>();
        for (Map.Entry<Probe, Latencies> entry : times.entrySet()) {
            Probe probe = entry.getKey();
            Latencies l = entry.getValue();
            int probeFailures = failures.get(probe);
            Map<String, Object> page = Report.latencies(l);
            page.put("path", probe.path());
            page.put("failed", probeFailures);
            section.put(probe.name(), page);
            summary.add(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %d |", probe.name(), l.percentileMs(50),
                    l.percentileMs(95), l.maxMs(), probeFailures));
            names.add(probe.name());
            if (probe.target()) {
                failed += probeFailures;
                if (l.percentileMs(95) > worst) {
                    worst = l.percentileMs(95);
                    worstPage = probe.name();
                }
            }
        }
        Log.info("dashboards: slowest p95 %.1f ms (%s), %d failed", worst, worstPage, failed);
        run.report.target("insight dashboards over a year of 1,000 belts p95 <= 200 ms", String.format(Locale.ROOT,
                "slowest p95 %.1f ms (%s), %d failed", worst, worstPage, failed), worst <= TARGET_P95_MS && failed == 0);
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
