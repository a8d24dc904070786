package org.beltportal.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.beltportal.bench.Plan.TenantPlan;
import tools.jackson.databind.JsonNode;

/**
 * CSV import into the fifth belt: a generated file is POSTed to products/import, its job followed to the end,
 * then search is polled until every row is found; rows per second both ways. Run {@code run} (from 1) of
 * {@code --import-runs} has SKUs, a marker word and a report section of its own, so a later run creates
 * products too rather than updating the first run's.
 */
final class ImportPhase {

    private static final String TARGET = "import >= 5,000 rows/s into MySQL and the index";

    private final RunContext run;
    private final Options o;
    private final Api api;
    private final Report report;

    ImportPhase(RunContext run) {
        this.run = run;
        this.o = run.o;
        this.api = run.api;
        this.report = run.report;
    }

    void measure(int runNumber) throws Exception {
        TenantPlan tenant = run.plan.tenants.get(Math.min(4, run.plan.tenantCount() - 1));
        String marker = "benchimp" + run.runId + (runNumber == 1 ? "" : "r" + runNumber);
        String name = runNumber == 1 ? "import" : "import" + runNumber;
        byte[] csv = ImportFile.csv(tenant, o.seed * 7919 + runNumber, skuPrefix(tenant, runNumber), marker, o.importRows);
        Path file = Files.write(run.runDir.resolve(name + ".csv"), csv);
        Map<String, Object> r = report.section(name);
        r.put("tenant", tenant.slug());
        r.put("rows", o.importRows);
        r.put("csvBytes", csv.length);
        String path = "/admin/api/v1/tenants/" + tenant.slug() + "/products/import";
        Log.info("%s: %,d rows (%s) into %s", name, o.importRows, Report.mb(csv.length), tenant.slug());
        Path jfr = run.runDir.resolve(name + ".jfr");
        boolean profiling = o.profile && run.startJfr(name, jfr, "profile");
        ProcStats.Sample before = new ProcStats.Sample(run.server.pid());
        long t0 = System.nanoTime();
        Api.Reply reply = api.postFile(path, "file", "bench-import.csv", "text/csv", file);
        if (reply.status() / 100 != 2 || !reply.json().has("jobId")) {
            if (profiling) {
                run.stopJfr(name);
            }
            r.put("status", "answered " + reply.status() + ": " + reply.body());
            report.note("import answered %d: %s", reply.status(), reply.body());
            report.target(TARGET, "import answered " + reply.status(), Boolean.FALSE);
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
        ProcStats.Usage usage = before.until(new ProcStats.Sample(run.server.pid()));
        Profiles.Breakdown profile = null;
        if (profiling) {
            run.stopJfr(name);
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
                     + " AND sku LIKE '" + skuPrefix(tenant, runNumber) + "%'")) {
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
        run.summary.add("");
        run.summary.add(String.format(Locale.ROOT, "## CSV import%s (%,d rows into %s)",
                o.importRuns == 1 ? "" : " " + runNumber + " of " + o.importRuns, o.importRows, tenant.slug()));
        run.summary.add("");
        run.summary.add(String.format(Locale.ROOT, "Job %s after %.1f s = **%,.0f rows/s** (upload %.1f s); all %,d rows "
                        + "searchable after %.1f s = %,.0f rows/s; %,d rows in MySQL; %d row errors; %s", state, jobSeconds, rate,
                uploadSeconds, searchable, visibleSeconds, visibleRate, inDb, errorCount, usage.describe()));
        if (profile != null) {
            r.put("profile", profile.lines());
            run.summaryBlock("Where the server spent its time during the import (JFR, all threads):", profile.lines());
        }
        boolean ok = state.equals("succeeded") && searchable >= o.importRows && inDb >= o.importRows;
        report.target(TARGET + (o.importRuns == 1 ? "" : " (run " + runNumber + " of " + o.importRuns + ")"),
                String.format(Locale.ROOT, "%,.0f rows/s to job succeeded, %,.0f rows/s until all searchable", rate, visibleRate),
                ok && visibleRate >= 5000);
        if (!ok) {
            report.note("import incomplete: state %s, %d searchable, %d in MySQL, job %s", state, searchable, inDb,
                    job == null ? null : abbreviate(job.toString(), 500));
        }
    }

    private static String skuPrefix(TenantPlan tenant, int runNumber) {
        return Bench.IMPORT_SKU + tenant.slug().toUpperCase() + "-" + (runNumber == 1 ? "" : "R" + runNumber + "-");
    }

    private static String abbreviate(String text, int max) {
        return text.length() > max ? text.substring(0, max) + "..." : text;
    }
}
