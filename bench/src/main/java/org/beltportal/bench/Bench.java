package org.beltportal.bench;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.beltportal.bench.Plan.TenantPlan;
import org.beltportal.bench.ProductFactory.GeneratedProduct;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The benchmark of issue 3, end to end: generate (or reuse) the catalogue in {@code beltportal_bench},
 * start the real server jar against it with an empty index, and measure over HTTP on 127.0.0.1 the index
 * rebuild rate, single-client search latency, throughput at 32 clients, visibility delay after an admin
 * save, CSV import rate, and heap, RSS and index size; or, with --soak, the festival-spike {@link Soak}
 * on the same preparation. Each phase is a class of its own; this one runs them in order and writes the
 * results to bench/out/.
 */
public final class Bench {

    /** Marks the titles the visibility trials and the soak's admin saves change, so a later run restores them. */
    static final String NRT_MARK = "benchnrt";
    /** Starts every SKU an import writes, so a later run deletes those products. */
    static final String IMPORT_SKU = "IMP-";

    private final RunContext run;

    private Bench(RunContext run) {
        this.run = run;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (options.sample) {
            sample(options);
            return;
        }
        try {
            new Bench(new RunContext(options)).run();
        } catch (Exception e) {
            Log.info("FAILED: %s", e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    /** What the generator and the query mix produce, without touching the database. */
    static void sample(Options o) {
        Plan plan = new Plan(o.seed, o.products, o.tenants, o.belts);
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
                + "  " + URLDecoder.decode(r.path(), StandardCharsets.UTF_8)));
    }

    private void run() throws Exception {
        long started = System.nanoTime();
        Options o = run.o;
        new MachinePhase(run).record();
        new PreparePhase(run).prepare();
        header();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (run.server != null) {
                run.server.close();
            }
        }));
        MemoryPhase memory = new MemoryPhase(run);
        try {
            new StartupPhase(run).start();
            run.api = new Api(o.baseUrl());
            run.api.login("admin", o.adminPassword);
            memory.record("afterIndexBuilt");
            if (o.soak) {
                new Soak(o, run.plan, run.server, run.api, run.runDir, run.runId, run.report, run.summary).run();
            } else if (o.belts) {
                new BeltsBench(run).run();
            } else {
                phases(memory);
            }
            List<String> errors = run.server.grep(" ERROR ");
            run.report.section("server").put("errorLogLines", errors.size());
            if (!errors.isEmpty()) {
                run.report.note("the server logged %d ERROR lines (see server.log), first: %s", errors.size(), errors.getFirst());
            }
        } finally {
            if (run.server != null) {
                run.server.close();
            }
        }
        if (!o.soak && !o.belts) {
            memory.judge();
        }
        run.report.section("run").put("totalSeconds", Report.round((System.nanoTime() - started) / 1e9));
        run.report.write(run.runDir, run.summary);
        Log.info("results in %s (and %s)", run.runDir, o.out.resolve("latest.md"));
    }

    private void header() {
        Plan plan = run.plan;
        List<String> summary = run.summary;
        summary.add("# BeltPortal benchmark run " + run.runDir.getFileName());
        summary.add("");
        summary.add(String.format(Locale.ROOT, "Catalogue: %,d products, %d tenants, %,d suppliers, seed %d.", plan.totalProducts,
                plan.tenantCount(), plan.totalSuppliers(), plan.seed));
        Map<String, Object> machine = run.report.section("machine");
        summary.add(String.format("Machine: %s CPUs (%s), %s RAM, %s, %s (InnoDB buffer pool %s); load average at start %s; "
                        + "server jar of commit %s.", machine.get("cpus"), machine.get("cpuModel"), machine.get("memTotal"),
                machine.get("jdk"), machine.get("database"), machine.get("innodbBufferPool"), machine.get("loadAverageAtStart"),
                machine.get("gitCommit")));
        summary.add("");
    }

    /** The phases of issue 3 that --phases names, in their order. */
    private void phases(MemoryPhase memory) throws Exception {
        Options o = run.o;
        if (o.phases.contains("latency")) {
            new LatencyPhase(run).measure();
        }
        if (o.phases.contains("throughput")) {
            new ThroughputPhase(run).measure();
            memory.record("afterLoadTest");
        }
        if (o.phases.contains("insight")) {
            new InsightOverheadPhase(run).measure();
        }
        if (o.phases.contains("nrt")) {
            new VisibilityPhase(run).measure();
        }
        if (o.phases.contains("import")) {
            ImportPhase imports = new ImportPhase(run);
            for (int number = 1; number <= o.importRuns; number++) {
                imports.measure(number);
            }
        }
        if (o.phases.contains("console")) {
            new ConsolePhase(run).measure();
        }
        if (o.phases.contains("dashboards")) {
            new DashboardPhase(run).measure();
        }
        memory.record("atEnd");
        run.report.section("index").put("bytesAtEnd", Trees.size(run.dataDir().resolve("index")));
        // Last: an unfinished rebuild job is ended by stopping the server, which costs nothing here.
        if (o.phases.contains("rebuild")) {
            new RebuildJobPhase(run).measure();
        }
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
}
