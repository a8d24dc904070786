package org.beltportal.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The pages benchmark (issue 4): a belt's home page and a search results page from the portal (answered
 * by its render cache) side by side with nginx serving saved copies of the very same pages as static
 * files, in one run, with the same load driver: {@code clients} HTTP/1.1 keep-alive clients, a warm-up,
 * then a fixed measured duration per target. Writes requests/s, p50/p99 and the portal/nginx ratios.
 */
public final class PagesBench {

    /** Both servers keep a connection for this many requests (Tomcat's default is 100, nginx's 1000). */
    static final int KEEP_ALIVE_REQUESTS = 10_000;

    private int clients = 32;
    private Duration warmup = Duration.ofSeconds(15);
    private Duration duration = Duration.ofSeconds(30);
    private int port = 8096;
    private int nginxPort = 8097;
    private String tenant = "yiwu";
    private String query = "发夹";
    private Path jdk = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    private Path jar = Path.of("bench/out/server/beltportal.jar");
    private Path nginx = Path.of("/usr/sbin/nginx");
    private Path out = Path.of("bench/out");
    private boolean profile;

    public static void main(String[] args) throws Exception {
        PagesBench bench = new PagesBench();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--clients" -> bench.clients = Integer.parseInt(args[++i]);
                case "--warmup" -> bench.warmup = Duration.ofSeconds(Long.parseLong(args[++i]));
                case "--duration" -> bench.duration = Duration.ofSeconds(Long.parseLong(args[++i]));
                case "--port" -> bench.port = Integer.parseInt(args[++i]);
                case "--nginx-port" -> bench.nginxPort = Integer.parseInt(args[++i]);
                case "--tenant" -> bench.tenant = args[++i];
                case "--query" -> bench.query = args[++i];
                case "--jdk" -> bench.jdk = Path.of(args[++i]);
                case "--nginx" -> bench.nginx = Path.of(args[++i]);
                case "--profile" -> bench.profile = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; options: --clients N "
                        + "--warmup S --duration S --port P --nginx-port P --tenant SLUG --query WORD --jdk DIR --nginx BIN --profile");
            }
        }
        bench.run();
    }

    private void run() throws Exception {
        Path dir = out.resolve("pages-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.createDirectories(dir);
        String home = "/t/" + tenant + "/";
        String searchPath = "/t/" + tenant + "/search";
        String search = searchPath + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        String password = "bench-pages-Loopback-2026";
        List<String> args = List.of("--server.tomcat.max-keep-alive-requests=" + KEEP_ALIVE_REQUESTS);
        List<Result> results = new ArrayList<>();
        try (Server server = Server.startDemo(jdk, jar, "1g", port, dir.resolve("data"), dir.resolve("server.log"),
                password, args)) {
            server.await("Started BeltPortalApplication", Duration.ofMinutes(3));
            Api portal = new Api("http://127.0.0.1:" + port);
            String homeBody = awaitPage(portal, home, "/products/");
            String searchBody = awaitPage(portal, search, "/products/");
            Path root = dir.resolve("www");
            Files.createDirectories(root.resolve(home.substring(1)));
            Files.writeString(root.resolve(home.substring(1)).resolve("index.html"), homeBody);
            Files.writeString(root.resolve(searchPath.substring(1) + ".html"), searchBody);
            portal.login("admin", password);
            double hitsBefore = hits(portal);
            try (Nginx web = Nginx.start(nginx, dir.resolve("nginx"), root, nginxPort, searchPath)) {
                Api static_ = new Api("http://127.0.0.1:" + nginxPort);
                ProcessHandle portalProcess = ProcessHandle.of(server.pid()).orElseThrow();
                // The first seconds after start-up are the JIT's (and the start-up index job's): warm both
                // portal pages before anything is measured, so the order of the targets does not decide.
                Log.info("portal warm-up: %d s on each page", warmup.toSeconds());
                new LoadDriver(portal).repeat(clients, "warm-up", home, warmup);
                new LoadDriver(portal).repeat(clients, "warm-up", search, warmup);
                if (profile) {
                    // JFR's own cost lands on the portal's figures: profile to find hot spots, not to report.
                    server.jcmd("JFR.start", "name=pages", "settings=profile",
                            "filename=" + dir.resolve("portal.jfr").toAbsolutePath());
                }
                results.add(measure("portal home", portal, home, portalProcess));
                results.add(measure("nginx home", static_, home, web.handle()));
                results.add(measure("portal search", portal, search, portalProcess));
                if (profile) {
                    server.jcmd("JFR.stop", "name=pages");
                }
                results.add(measure("nginx search", static_, search, web.handle()));
            }
            double hits = hits(portal) - hitsBefore;
            report(dir, results, hits, homeBody.length(), searchBody.length(), home, search);
        }
    }

    /** Polls until the page answers 200 with {@code marker} (the index fills after the demo data loads). */
    private static String awaitPage(Api api, String path, String marker) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            Api.Reply reply = api.get(path);
            if (reply.status() == 200 && reply.body().contains(marker)) {
                return reply.body();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(path + " not ready: " + reply.status());
            }
            Thread.sleep(500);
        }
    }

    private static double hits(Api portal) throws Exception {
        Api.Reply reply = portal.getAuthorized("/actuator/metrics/portal.page.cache.requests?tag=result:hit");
        return reply.status() == 200 ? reply.json().get("measurements").get(0).get("value").asDouble() : 0;
    }

    private Result measure(String name, Api api, String path, ProcessHandle target) throws InterruptedException {
        LoadDriver driver = new LoadDriver(api);
        Log.info("%s: warm-up %d s, %d clients, GET %s", name, warmup.toSeconds(), clients, path);
        driver.repeat(clients, name, path, warmup);
        double[] machineBefore = ProcStats.machineSeconds();
        double targetBefore = treeCpu(target);
        double benchBefore = ProcStats.cpuSeconds(ProcessHandle.current().pid());
        LoadDriver.Stats stats = driver.repeat(clients, name, path, duration);
        double[] machineAfter = ProcStats.machineSeconds();
        double seconds = stats.seconds;
        Result result = new Result(name, stats.all.count() / seconds, stats.all.percentileMs(50),
                stats.all.percentileMs(99), stats.errors, (treeCpu(target) - targetBefore) / seconds,
                (ProcStats.cpuSeconds(ProcessHandle.current().pid()) - benchBefore) / seconds,
                (machineAfter[0] - machineBefore[0]) / seconds, (machineAfter[1] - machineBefore[1]) / seconds);
        Log.info("%s: %s", name, result.row());
        stats.errorSamples.forEach(e -> Log.info("  error: %s", e));
        return result;
    }

    /** CPU seconds of a process and all its descendants (nginx's workers). */
    private static double treeCpu(ProcessHandle process) {
        return ProcStats.cpuSeconds(process.pid())
                + process.descendants().mapToDouble(child -> ProcStats.cpuSeconds(child.pid())).sum();
    }

    private void report(Path dir, List<Result> results, double hits, int homeChars, int searchChars, String home,
                        String search) throws Exception {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Pages benchmark, %s; %d clients, HTTP/1.1 keep-alive, %d s warm-up + %d s "
                        + "measured per target; home page %d chars (%s), search page %d chars (%s)%n%n",
                LocalDateTime.now().withNano(0), clients, warmup.toSeconds(), duration.toSeconds(), homeChars, home,
                searchChars, search));
        md.append("| target | requests/s | p50 ms | p99 ms | errors | server cores | driver cores | machine busy | steal |\n");
        md.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        results.forEach(r -> md.append(r.row()).append('\n'));
        md.append(String.format(Locale.ROOT, "%nportal/nginx: home %.2f, search %.2f (target >= 0.33); "
                        + "portal page cache hits during the run: %.0f%n", results.get(0).rps() / results.get(1).rps(),
                results.get(2).rps() / results.get(3).rps(), hits));
        md.append(String.format(Locale.ROOT, "per server core (requests/s divided by the cores the server used): "
                        + "portal/nginx home %.2f, search %.2f%n", results.get(0).perCore() / results.get(1).perCore(),
                results.get(2).perCore() / results.get(3).perCore()));
        md.append(String.format(Locale.ROOT, "machine: %s, %d cores, load average before the report: %s%n",
                String.join(" ", ProcStats.cpuModel()), Runtime.getRuntime().availableProcessors(), ProcStats.loadAverage()));
        Files.writeString(dir.resolve("pages.md"), md);
        Files.writeString(out.resolve("pages-latest.md"), md);
        System.out.println(md);
    }

    record Result(String name, double rps, double p50, double p99, int errors, double serverCores, double driverCores,
                  double machineBusy, double steal) {

        double perCore() {
            return rps / serverCores;
        }

        String row() {
            return String.format(Locale.ROOT, "| %s | %.0f | %.2f | %.2f | %d | %.2f | %.2f | %.2f | %.2f |", name, rps,
                    p50, p99, errors, serverCores, driverCores, machineBusy, steal);
        }
    }
}
