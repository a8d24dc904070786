package org.beltportal.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.beltportal.bench.LoadDriver.Get;
import org.beltportal.bench.Plan.TenantPlan;
import tools.jackson.databind.JsonNode;

/**
 * The thousand-belt benchmark (issue 20), after the start-up index: every belt gets a template override of its own
 * (so each has its own template configuration, as a belt with a designer does), then the same load, pages and
 * search API from {@code --clients} clients, is spread over {@code --belts-compared} belts and over every belt:
 * throughput, p50/p99 by kind, page cache hits, heap after a full GC and every per-belt cache's size
 * ({@code portal.belt.cache.entries}). Then, unless {@code --no-nodes}, the every-belt load through nginx
 * (deploy/nginx/beltportal.conf) to this node alone and to it and a second node on the same database.
 */
final class BeltsBench {

    /** Marks the harness's template overrides, so a later run on the same database leaves them as they are. */
    static final String OWN_COPY = "<#-- bench: this belt's own copy -->";
    private static final String HOME_TEMPLATE = "pages/home.ftlh";
    private static final String CACHE_GAUGE = "/actuator/metrics/portal.belt.cache.entries";

    private final RunContext run;
    private final Options o;
    private final Plan plan;
    private final Map<String, Object> report;

    BeltsBench(RunContext run) {
        this.run = run;
        this.o = run.o;
        this.plan = run.plan;
        this.report = run.report.section("belts");
    }

    void run() throws Exception {
        run.summary.add("");
        run.summary.add(String.format(Locale.ROOT, "## %,d belts of %,d products on one node (issue 20)", plan.tenantCount(),
                plan.totalProducts / plan.tenantCount()));
        run.summary.add("");
        giveEveryBeltItsOwnTemplate();
        BeltLoad load = new BeltLoad(plan, productIds(), o.seed + 20);
        List<TenantPlan> compared = new ArrayList<>();
        for (int i = 0; i < o.beltsCompared; i++) {
            compared.add(plan.tenants.get(i * plan.tenantCount() / o.beltsCompared));
        }
        Api direct = new Api(o.baseUrl());
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(measure(compared.size() + " belts", direct, load.over(compared), true));
        rows.add(measure(plan.tenantCount() + " belts", direct, load.over(plan.tenants), true));
        report.put("oneNode", rows);
        table("Same load, spread over few belts and over all of them (one node, straight to its port)", rows);
        if (o.beltsNodes) {
            new TwoNodes(run, load.over(plan.tenants), this).measure();
        }
    }

    /**
     * A warm-up of {@code --warmup}-seconds then {@code --duration} seconds of the load from {@code --clients} clients
     * through {@code api}; with {@code figures}, the page cache's hits and the server's caches and heap afterwards.
     */
    Map<String, Object> measure(String label, Api api, List<Get> gets, boolean figures) throws Exception {
        return measure(label, api, gets, figures, Map.of());
    }

    /** The same, with the cores used by {@code watched} processes (a second node, nginx) as well. */
    Map<String, Object> measure(String label, Api api, List<Get> gets, boolean figures, Map<String, ProcessHandle> watched)
            throws Exception {
        LoadDriver driver = new LoadDriver(api);
        Log.info("belts: %s, %d clients, %d s warm-up", label, o.clients, o.throughputWarmup.toSeconds());
        driver.gets(o.clients, gets, o.throughputWarmup);
        double[] pagesBefore = pageCacheCounts();
        String loadBefore = ProcStats.loadAverage();
        Map<String, Double> watchedBefore = cpuSeconds(watched);
        ProcStats.Sample before = new ProcStats.Sample(run.server.pid());
        LoadDriver.Stats stats = driver.gets(o.clients, gets, o.throughputDuration);
        ProcStats.Usage usage = before.until(new ProcStats.Sample(run.server.pid()));
        Map<String, Double> watchedAfter = cpuSeconds(watched);
        double[] pagesAfter = pageCacheCounts();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("label", label);
        row.put("clients", o.clients);
        row.putAll(Report.stats(stats));
        StringBuilder cpu = new StringBuilder(usage.describe());
        watchedAfter.forEach((name, seconds) -> cpu.append(String.format(Locale.ROOT, "; of the others, %s %.2f", name,
                (seconds - watchedBefore.get(name)) / usage.seconds())));
        row.put("cpu", cpu.toString());
        row.put("loadAverageBefore", loadBefore);
        row.put("loadAverageAfter", ProcStats.loadAverage());
        double hits = pagesAfter[0] - pagesBefore[0];
        double misses = pagesAfter[1] - pagesBefore[1];
        row.put("pageCacheHitRatio", hits + misses == 0 ? -1 : Report.round(hits / (hits + misses)));
        Log.info("belts: %s: %.0f requests/s, p50 %.1f p99 %.1f ms, %d errors, page cache hits %.0f%%; %s", label,
                stats.all.count() / stats.seconds, stats.all.percentileMs(50), stats.all.percentileMs(99), stats.errors,
                100 * hits / Math.max(1, hits + misses), cpu);
        if (stats.errors > 0) {
            run.report.note("belts %s: %d failed requests, e.g. %s", label, stats.errors, stats.errorSamples);
        }
        if (figures) {
            row.put("beltCaches", beltCaches());
            row.put("pageCacheBytes", gauge("/actuator/metrics/portal.page.cache.size"));
            Server.HeapFigures heap = run.server.heapAfterFullGc();
            row.put("heapAfterFullGc", Report.mb(heap.usedBytes()));
            row.put("heapAfterFullGcBytes", heap.usedBytes());
            row.put("rss", Report.mb(heap.rssBytes()));
        }
        return row;
    }

    /** CPU seconds so far of each process and its children (nginx's workers), by name. */
    private static Map<String, Double> cpuSeconds(Map<String, ProcessHandle> processes) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        processes.forEach((name, process) -> seconds.put(name, ProcStats.cpuSeconds(process.pid())
                + process.descendants().mapToDouble(child -> ProcStats.cpuSeconds(child.pid())).sum()));
        return seconds;
    }

    /** Rows of p50/p99 by kind, throughput, hits, heap and load average; then the per-belt caches of each row. */
    void table(String heading, List<Map<String, Object>> rows) {
        List<String> s = run.summary;
        s.add("### " + heading);
        s.add("");
        s.add("| load | requests/s | errors | p50 ms | p99 ms | home p99 | search page p99 | category p99 | product p99 "
                + "| search API p50 / p99 | page cache hits | heap after full GC | load average before / after |");
        s.add("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        for (Map<String, Object> row : rows) {
            s.add(String.format(Locale.ROOT, "| %s | %.0f | %s | %s | %s | %s | %s | %s | %s | %s / %s | %s | %s | %s / %s |",
                    row.get("label"), (double) row.get("requestsPerSecond"), row.get("errors"), all(row, "p50Ms"),
                    all(row, "p99Ms"), kind(row, "home", "p99Ms"), kind(row, "search-page", "p99Ms"),
                    kind(row, "category-page", "p99Ms"), kind(row, "product-page", "p99Ms"), kind(row, "search-api", "p50Ms"),
                    kind(row, "search-api", "p99Ms"), ratio(row.get("pageCacheHitRatio")), row.getOrDefault("heapAfterFullGc", "-"),
                    row.get("loadAverageBefore"), row.get("loadAverageAfter")));
        }
        s.add("");
        for (Map<String, Object> row : rows) {
            s.add("- " + row.get("label") + ": " + row.get("cpu"));
            if (row.get("beltCaches") instanceof Map<?, ?> caches) {
                s.add("  per-belt caches (entries): " + caches);
            }
        }
        s.add("");
    }

    private static Object all(Map<String, Object> row, String figure) {
        return ((Map<?, ?>) row.get("all")).get(figure);
    }

    private static Object kind(Map<String, Object> row, String kind, String figure) {
        Object k = ((Map<?, ?>) row.get("byKind")).get(kind);
        return k == null ? "-" : ((Map<?, ?>) k).get(figure);
    }

    private static String ratio(Object value) {
        double r = (double) value;
        return r < 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * r);
    }

    /**
     * Makes the theme's home page, with a comment added, each belt's published override. Written as rows of
     * {@code template_override} the way the generator writes the catalogue, not through the template API: the API
     * renders every page type before it publishes, and on this shared two-core machine (load average 25) those
     * check renders passed their 2 s limit, eight belts took a minute. The source is the theme's own, which every
     * page already renders with; the server's template versions refresh within 5 s. Belts that have it keep it.
     */
    private void giveEveryBeltItsOwnTemplate() throws Exception {
        String path = "/admin/api/v1/tenants/" + plan.tenants.getFirst().slug() + "/templates/" + HOME_TEMPLATE;
        Api.Reply theme = run.api.getAuthorized(path);
        if (theme.status() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + theme.status());
        }
        String source = theme.body().startsWith(OWN_COPY) ? theme.body() : OWN_COPY + "\n" + theme.body();
        int saved;
        try (Connection db = CatalogGenerator.connect(o.jdbcUrl());
             PreparedStatement insert = db.prepareStatement("INSERT INTO template_override (tenant_id, path, version, source, "
                     + "reverted, published, published_at, created_by, created_at) SELECT t.id, ?, COALESCE((SELECT MAX(v.version) "
                     + "FROM template_override v WHERE v.tenant_id = t.id AND v.path = ?), 0) + 1, ?, FALSE, TRUE, NOW(3), 'bench', "
                     + "NOW(3) FROM tenant t WHERE NOT EXISTS (SELECT 1 FROM template_override h WHERE h.tenant_id = t.id "
                     + "AND h.path = ? AND h.published = TRUE AND h.source LIKE ?)")) {
            insert.setString(1, HOME_TEMPLATE);
            insert.setString(2, HOME_TEMPLATE);
            insert.setString(3, source);
            insert.setString(4, HOME_TEMPLATE);
            insert.setString(5, OWN_COPY + "%");
            saved = insert.executeUpdate();
        }
        Thread.sleep(6_000); // the template versions a node caches refresh within 5 s
        Api.Reply check = run.api.getAuthorized("/admin/api/v1/tenants/" + plan.tenants.getLast().slug() + "/templates/"
                + HOME_TEMPLATE);
        if (check.status() != 200 || !check.body().startsWith(OWN_COPY)) {
            throw new IllegalStateException("the last belt's home page override is not in force: " + check.status());
        }
        Log.info("belts: %d template overrides written", saved);
        report.put("templateOverridesWritten", saved);
        run.summary.add(String.format(Locale.ROOT, "Every belt renders with a template override of its own (the theme's "
                + "home page with a comment), so each has its own template configuration; %d written this run.", saved));
        run.summary.add("");
    }

    /** Fifty active products of each belt, spread over its ids, from the database. */
    private Map<String, long[]> productIds() throws Exception {
        Map<Long, String> slugs = new HashMap<>();
        plan.tenants.forEach(t -> slugs.put(t.id(), t.slug()));
        Map<String, List<Long>> found = new HashMap<>();
        int stride = Math.max(1, plan.totalProducts / plan.tenantCount() / 50);
        try (Connection db = CatalogGenerator.connect(o.jdbcUrl()); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT tenant_id, id FROM product WHERE status = 'ACTIVE' AND id % " + stride
                     + " = 0 AND sku NOT LIKE '" + Bench.IMPORT_SKU + "%'")) {
            while (rs.next()) {
                found.computeIfAbsent(slugs.get(rs.getLong(1)), slug -> new ArrayList<>()).add(rs.getLong(2));
            }
        }
        Map<String, long[]> ids = new HashMap<>();
        for (TenantPlan t : plan.tenants) {
            List<Long> own = found.get(t.slug());
            if (own == null || own.isEmpty()) {
                throw new IllegalStateException("no active product of " + t.slug() + " among every " + stride + "th id");
            }
            ids.put(t.slug(), own.stream().mapToLong(Long::longValue).toArray());
        }
        return ids;
    }

    /** Every per-belt cache's entries now, by name (the server's {@code portal.belt.cache.entries} gauges). */
    Map<String, Long> beltCaches() throws Exception {
        Api.Reply names = run.api.getAuthorized(CACHE_GAUGE);
        if (names.status() != 200) {
            throw new IllegalStateException(CACHE_GAUGE + " answered " + names.status() + ": " + names.body());
        }
        Map<String, Long> sizes = new TreeMap<>();
        for (JsonNode tag : names.json().get("availableTags")) {
            if (tag.get("tag").asString().equals("cache")) {
                for (JsonNode name : tag.get("values")) {
                    String cache = name.asString();
                    sizes.put(cache, Math.round(gauge(CACHE_GAUGE + "?tag=cache:" + URLEncoder.encode(cache, StandardCharsets.UTF_8))));
                }
            }
        }
        return sizes;
    }

    /** {hits, misses} of the page cache so far. */
    private double[] pageCacheCounts() throws Exception {
        return new double[] {gauge("/actuator/metrics/portal.page.cache.requests?tag=result:hit"),
                gauge("/actuator/metrics/portal.page.cache.requests?tag=result:miss")};
    }

    /** The first measurement of a metric; 0 for a counter not yet registered (nothing counted). */
    private double gauge(String path) throws Exception {
        Api.Reply reply = run.api.getAuthorized(path);
        if (reply.status() == 404) {
            return 0;
        }
        if (reply.status() != 200) {
            throw new IllegalStateException(path + " answered " + reply.status());
        }
        return reply.json().get("measurements").get(0).get("value").asDouble();
    }

    /** The data directory of a second node: its own, as each node needs (docs/scaling.md). */
    static Path secondDataDir(Options o) {
        return o.out.resolve("data-node-b");
    }

    /** The index snapshot StartupPhase keeps with --keep-index, if any: a second node starts from a copy of it. */
    static Path snapshot(Options o, Plan plan) {
        Path snapshot = o.out.resolve("index-snapshot-" + plan.totalProducts + "x" + plan.tenantCount() + "-" + plan.seed);
        return Files.isDirectory(snapshot) ? snapshot : null;
    }
}
