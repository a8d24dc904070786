package org.beltportal.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.beltportal.bench.LoadDriver.Get;

/**
 * The thousand-belt load through nginx with the shipped deploy/nginx/beltportal.conf: first to the bench's node
 * alone, then to it and a second node started on the same database (the {@code mysql} profile, a data directory
 * of its own, its index copied from the kept snapshot or rebuilt at its start). On a two-core machine both nodes,
 * nginx, MariaDB and the load driver share the same two cores, so the second node can add no capacity here; what
 * the run shows is what the balancer and a second node cost and that the pair serves the load without failures.
 */
final class TwoNodes {

    private static final Path SHIPPED = Path.of("deploy/nginx/beltportal.conf");

    private final RunContext run;
    private final Options o;
    private final List<Get> load;
    private final BeltsBench belts;

    TwoNodes(RunContext run, List<Get> load, BeltsBench belts) {
        this.run = run;
        this.o = run.o;
        this.load = load;
        this.belts = belts;
    }

    void measure() throws Exception {
        int secondPort = o.port + 1;
        int nginxPort = o.port + 2;
        Api throughNginx = new Api("http://127.0.0.1:" + nginxPort);
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Nginx nginx = Nginx.proxy(o.nginx, run.runDir.resolve("nginx-one-node"), SHIPPED, nginxPort, List.of(o.port))) {
            rows.add(belts.measure("1 node behind nginx", throughNginx, load, false, Map.of("nginx", nginx.handle())));
        }
        Path dataDir = BeltsBench.secondDataDir(o);
        Trees.delete(dataDir);
        Path snapshot = BeltsBench.snapshot(o, run.plan);
        if (snapshot != null) {
            Trees.copy(snapshot, dataDir.resolve("index"));
        }
        Log.info("belts: starting a second node on port %d (%s)", secondPort,
                snapshot == null ? "it rebuilds its index" : "index copied from " + snapshot);
        try (Server second = Server.start(o, secondPort, dataDir, run.runDir.resolve("server-node-b.log"))) {
            second.await(StartupPhase.INDEX_READY, o.rebuildTimeout);
            try (Nginx nginx = Nginx.proxy(o.nginx, run.runDir.resolve("nginx-two-nodes"), SHIPPED, nginxPort,
                    List.of(o.port, secondPort))) {
                // The second node's JIT is cold: one more warm-up before the measured one.
                new LoadDriver(throughNginx).gets(o.clients, load, o.throughputWarmup);
                rows.add(belts.measure("2 nodes behind nginx", throughNginx, load, false,
                        Map.of("node B", second.handle(), "nginx", nginx.handle())));
            }
            List<String> errors = second.grep(" ERROR ");
            if (!errors.isEmpty()) {
                run.report.note("the second node logged %d ERROR lines, first: %s", errors.size(), errors.getFirst());
            }
        }
        run.report.section("belts").put("nodes", rows);
        belts.table("The every-belt load through nginx: one node, then two on the same database", rows);
        run.summary.add("Both nodes, nginx, MariaDB and the load driver share this machine's two cores: a second node "
                + "cannot add capacity here, only show what the balancer and a second JVM cost and that the pair "
                + "serves the load without failures. Capacity per added node needs nodes on cores of their own.");
        run.summary.add("");
    }
}
