package org.beltportal.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.beltportal.bench.Plan.TenantPlan;
import tools.jackson.databind.node.ObjectNode;

/**
 * How soon an admin save is searchable ("nrt" in --phases and the report): a product's title gets a unique
 * word through the admin API, then the search API is polled for that word; the time runs from the PUT's
 * answer to the first search that finds it. The title is put back after each trial.
 */
final class VisibilityPhase {

    private final RunContext run;
    private final Options o;
    private final Plan plan;
    private final Api api;

    VisibilityPhase(RunContext run) {
        this.run = run;
        this.o = run.o;
        this.plan = run.plan;
        this.api = run.api;
    }

    void measure() throws Exception {
        List<long[]> targets = targets();
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
                run.report.note("GET %s answered %d: %s", path, got.status(), got.body());
                continue;
            }
            ObjectNode original = Bench.draft(got.json());
            String token = Bench.NRT_MARK + run.runId + "x" + i;
            ObjectNode changed = original.deepCopy();
            changed.put("title", original.path("title").asString() + " " + token);
            String search = "/t/" + tenant.slug() + "/api/v1/search?size=1&q=" + token;
            long t0 = System.nanoTime();
            Api.Reply put = api.putJson(path, changed.toString());
            long saved = System.nanoTime();
            if (put.status() != 200) {
                failures++;
                run.report.note("PUT %s answered %d: %s", path, put.status(), put.body());
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
        Map<String, Object> r = run.report.section("nrt");
        r.put("trials", targets.size());
        r.put("visibleAfterSave", Report.latencies(visible));
        r.put("adminSave", Report.latencies(saves));
        r.put("timeouts", timeouts);
        r.put("failures", failures);
        Log.info("visibility: p50 %.0f ms p99 %.0f ms max %.0f ms, %d timeouts (>%d s), %d failures", visible.percentileMs(50),
                visible.percentileMs(99), visible.maxMs(), timeouts, o.nrtTimeout.toSeconds(), failures);
        run.summary.add("");
        run.summary.add(String.format(Locale.ROOT, "## Visibility after an admin save (%d trials)", targets.size()));
        run.summary.add("");
        run.summary.add(String.format(Locale.ROOT, "From the PUT's response to the first search that finds the new word: p50 "
                        + "**%.0f ms**, p99 **%.0f ms**, max %.0f ms; %d not visible within %d s, %d failed. The PUT itself: p50 "
                        + "%.0f ms, p99 %.0f ms.", visible.percentileMs(50), visible.percentileMs(99), visible.maxMs(), timeouts,
                o.nrtTimeout.toSeconds(), failures, saves.percentileMs(50), saves.percentileMs(99)));
        boolean met = timeouts == 0 && failures == 0 && visible.count() > 0 && visible.percentileMs(99) <= 1000;
        run.report.target("visibility after an admin save p99 <= 1 s", String.format(Locale.ROOT,
                "p99 %.0f ms (p50 %.0f ms, %d timeouts)", visible.percentileMs(99), visible.percentileMs(50), timeouts), met);
    }

    /** {tenant id, product id} pairs spread over small and large tenants, active products only. */
    private List<long[]> targets() throws SQLException {
        List<long[]> out = new ArrayList<>();
        try (Connection db = CatalogGenerator.connect(o.jdbcUrl());
             PreparedStatement st = db.prepareStatement("SELECT id FROM product WHERE tenant_id = ? AND status = 'ACTIVE' "
                     + "AND sku NOT LIKE '" + Bench.IMPORT_SKU + "%' ORDER BY id LIMIT 1 OFFSET ?")) {
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
}
