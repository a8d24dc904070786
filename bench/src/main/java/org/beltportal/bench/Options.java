package org.beltportal.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Command-line options; every load phase is bounded both in count and in time. */
final class Options {

    static final List<String> PHASES = List.of("rebuild", "latency", "throughput", "insight", "nrt", "import", "console", "dashboards");

    int products = 1_000_000;
    int tenants = 100;
    long seed = 20260301L;
    boolean regenerate;
    boolean sample;
    boolean keepIndex;
    boolean reuseIndex;
    Duration rebuildWindow = Duration.ofMinutes(4);
    Duration profileWindow = Duration.ofMinutes(4);

    /** Requests per console page in the console phase (after two warm-up requests each). */
    int consoleRequests = 40;
    /** How long a starting server may take to say it started; a machine shared with heavy work needs more. */
    Duration startTimeout = Duration.ofMinutes(5);
    int warmupRequests = 3000;
    Duration warmupMax = Duration.ofSeconds(120);
    int latencyRequests = 5000;
    Duration latencyMax = Duration.ofSeconds(240);
    int clients = 32;
    Duration throughputWarmup = Duration.ofSeconds(15);
    Duration throughputDuration = Duration.ofSeconds(60);
    int throughputMax = 100_000;
    int nrtTrials = 50;
    Duration nrtTimeout = Duration.ofSeconds(10);
    int importRows = 50_000;
    /** More than one separates the cold JVM's first import from a warm one: each run has its own SKUs. */
    int importRuns = 1;
    Duration importTimeout = Duration.ofMinutes(8);
    Duration rebuildTimeout = Duration.ofMinutes(90);
    boolean profile = true;
    Set<String> phases = new LinkedHashSet<>(PHASES);

    /** The festival-spike soak (issue 14) instead of the phases: see {@link Soak}. */
    boolean soak;
    Duration soakDuration = Duration.ofMinutes(30);
    /** The soak's arrival rate as a share of the capacity measured first. */
    double soakLoad = 0.7;
    /** Requests/s taken as the capacity instead of ramping for it; 0 ramps. */
    double soakCapacity;
    /** Anonymous requests per second to the attacked belt's home page. */
    double soakAttackRate = 2;
    /** How long the soak's JFR recording goes on after the import's upload. */
    Duration soakJfrTail = Duration.ofSeconds(60);
    Soak.Attack soakAttack = Soak.Attack.LIST;
    /** Spring properties added to the server's command line (the soak trusts its own X-Forwarded-For). */
    List<String> serverArgs = List.of();
    /** The search backend of the server: embedded, or opensearch on the node bench/run.sh started. */
    String backend = "embedded";
    /** The OpenSearch node's HTTP address (bench/run.sh --backend opensearch passes the one it started). */
    String opensearchUrl;

    /** The thousand-belt benchmark (issue 20) instead of the phases: see {@link BeltsBench}. */
    boolean belts;
    /** The few belts the same load is spread over for comparison. */
    int beltsCompared = 10;
    /** Also one node against two behind nginx, on the same database. */
    boolean beltsNodes = true;
    Path nginx = Path.of("/usr/sbin/nginx");

    int port = 8095;
    String xmx = "1g";
    /** CPUs the server is started on ({@code taskset -c}), or null for all: the soak gives it a core of its own. */
    String serverCpus;
    Path jdk = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    /** run.sh copies portal-server/target/beltportal.jar here, out of the way of other builds. */
    Path jar = Path.of("bench/out/server/beltportal.jar");
    Path out = Path.of("bench/out");
    String dbHostPort = "127.0.0.1:3306";
    String database = "beltportal_bench";
    String dbUser = "root";
    String adminPassword = "bench-admin-Loopback-2026";

    static Options parse(String[] args) {
        Options o = new Options();
        boolean sized = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--products" -> {
                    o.products = Integer.parseInt(args[++i].replace("_", "").replace(",", ""));
                    sized = true;
                }
                case "--tenants" -> {
                    o.tenants = Integer.parseInt(args[++i]);
                    sized = true;
                }
                case "--seed" -> o.seed = Long.parseLong(args[++i]);
                case "--regenerate" -> o.regenerate = true;
                case "--sample" -> o.sample = true;
                case "--keep-index" -> o.keepIndex = true;
                case "--reuse-index" -> {
                    o.keepIndex = true;
                    o.reuseIndex = true;
                }
                case "--rebuild-window" -> o.rebuildWindow = Duration.ofMinutes(Long.parseLong(args[++i]));
                case "--import-timeout" -> o.importTimeout = Duration.ofMinutes(Long.parseLong(args[++i]));
                case "--quick" -> {
                    sized = true;
                    o.products = 100_000;
                    o.tenants = 20;
                    o.warmupRequests = 1000;
                    o.latencyRequests = 2000;
                    o.throughputWarmup = Duration.ofSeconds(5);
                    o.throughputDuration = Duration.ofSeconds(20);
                    o.nrtTrials = 20;
                    o.importRows = 10_000;
                    o.consoleRequests = 15;
                }
                case "--warmup" -> o.warmupRequests = Integer.parseInt(args[++i]);
                case "--requests" -> o.latencyRequests = Integer.parseInt(args[++i]);
                case "--console-requests" -> o.consoleRequests = Integer.parseInt(args[++i]);
                case "--start-timeout" -> o.startTimeout = Duration.ofMinutes(Long.parseLong(args[++i]));
                case "--clients" -> o.clients = Integer.parseInt(args[++i]);
                case "--duration" -> o.throughputDuration = Duration.ofSeconds(Long.parseLong(args[++i]));
                case "--max-requests" -> o.throughputMax = Integer.parseInt(args[++i]);
                case "--nrt-trials" -> o.nrtTrials = Integer.parseInt(args[++i]);
                case "--import-rows" -> o.importRows = Integer.parseInt(args[++i]);
                case "--import-runs" -> o.importRuns = Integer.parseInt(args[++i]);
                case "--no-profile" -> o.profile = false;
                case "--phases" -> {
                    o.phases = new LinkedHashSet<>(List.of(args[++i].split(",")));
                    if (!PHASES.containsAll(o.phases)) {
                        throw new IllegalArgumentException("phases are " + PHASES);
                    }
                }
                case "--soak" -> o.soak = true;
                case "--soak-minutes" -> o.soakDuration = Duration.ofMinutes(Long.parseLong(args[++i]));
                case "--soak-load" -> o.soakLoad = Double.parseDouble(args[++i]);
                case "--soak-capacity" -> {
                    o.soakCapacity = Double.parseDouble(args[++i]);
                    if (!(o.soakCapacity >= 1 && o.soakCapacity <= 100_000)) {
                        throw new IllegalArgumentException("--soak-capacity takes requests/s from 1 to 100000");
                    }
                }
                case "--soak-attack-rate" -> o.soakAttackRate = Double.parseDouble(args[++i]);
                case "--soak-jfr-tail" -> o.soakJfrTail = Duration.ofSeconds(Long.parseLong(args[++i]));
                case "--soak-attack" -> o.soakAttack = Soak.Attack.valueOf(args[++i].toUpperCase(java.util.Locale.ROOT));
                case "--database" -> o.database = args[++i];
                case "--backend" -> o.backend = args[++i];
                case "--opensearch-url" -> o.opensearchUrl = args[++i];
                case "--db-server" -> {
                    o.dbHostPort = args[++i];
                    ProcStats.databasePort = o.dbHostPort.substring(o.dbHostPort.lastIndexOf(':') + 1);
                }
                case "--belts" -> o.belts = true;
                case "--belts-compared" -> o.beltsCompared = Integer.parseInt(args[++i]);
                case "--no-nodes" -> o.beltsNodes = false;
                case "--nginx" -> o.nginx = Path.of(args[++i]);
                case "--port" -> o.port = Integer.parseInt(args[++i]);
                case "--xmx" -> o.xmx = args[++i];
                case "--server-cpus" -> {
                    o.serverCpus = args[++i];
                    if (!o.serverCpus.matches("[0-9]+([,-][0-9]+)*")) {
                        throw new IllegalArgumentException("--server-cpus takes a CPU list as taskset -c does, e.g. 0 or 0-1");
                    }
                }
                case "--jdk" -> o.jdk = Path.of(args[++i]);
                case "--jar" -> o.jar = Path.of(args[++i]);
                case "--out" -> o.out = Path.of(args[++i]);
                case "--help", "-h" -> {
                    System.out.println(usage());
                    System.exit(0);
                }
                default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + usage());
            }
        }
        if (o.soak) {
            if (!sized) {
                // A moderate catalogue: the soak is about staying up under mixed traffic, not about scale.
                o.products = 100_000;
                o.tenants = 20;
            }
            if (o.soakDuration.isZero() || o.soakDuration.toMinutes() > 24 * 60 || o.soakLoad <= 0 || o.soakLoad > 2
                    || o.soakAttackRate < 0 || o.soakAttackRate > 100) {
                throw new IllegalArgumentException("--soak-minutes 1 to 1440, --soak-load above 0 up to 2, "
                        + "--soak-attack-rate 0 to 100");
            }
            if (o.tenants < 3) {
                throw new IllegalArgumentException("the soak needs at least 3 belts (one attacked, others to watch)");
            }
            // The harness sends inquiries as if through a proxy on 127.0.0.1, each buyer with an address of its
            // own, so the per-sender limit applies to buyers and not to the harness as a whole.
            o.serverArgs = List.of("--portal.trusted-proxies=127.0.0.1");
        }
        if (!o.backend.equals("embedded") && !o.backend.equals("opensearch")) {
            throw new IllegalArgumentException("--backend takes embedded or opensearch");
        }
        if (o.backend.equals("opensearch")) {
            if (o.opensearchUrl == null || !o.opensearchUrl.matches("http://127\\.0\\.0\\.1:[0-9]{2,5}")) {
                throw new IllegalArgumentException("--backend opensearch needs --opensearch-url http://127.0.0.1:PORT "
                        + "(bench/run.sh starts the node and passes it)");
            }
            List<String> withBackend = new ArrayList<>(o.serverArgs);
            withBackend.add("--portal.search.backend=opensearch");
            withBackend.add("--portal.search.opensearch-urls=" + o.opensearchUrl);
            o.serverArgs = List.copyOf(withBackend);
        }
        if (o.belts) {
            if (!sized) {
                // A thousand belts of a thousand products: the design's promise for one node.
                o.products = 1_000_000;
                o.tenants = 1000;
            }
            if (o.beltsCompared < 1 || o.beltsCompared > o.tenants) {
                throw new IllegalArgumentException("--belts-compared takes 1 to the number of tenants");
            }
        }
        if (!o.database.matches("[a-z0-9_]{1,64}")) {
            // The name goes into DROP/CREATE DATABASE statements as it is.
            throw new IllegalArgumentException("--database takes lowercase letters, digits and _ only");
        }
        if (o.importRuns < 1 || o.importRuns > 10) {
            throw new IllegalArgumentException("--import-runs takes 1 to 10");
        }
        if (o.products > 5_000_000 || o.tenants > 1000) {
            throw new IllegalArgumentException("at most 5,000,000 products and 1000 tenants");
        }
        return o;
    }

    static String usage() {
        return """
                bench/run.sh [options]
                  --products N       catalogue size (default 1000000)
                  --tenants N        number of belts (default 100)
                  --quick            100000 products, 20 tenants, shorter phases
                  --seed N           generator seed (default 20260301)
                  --regenerate       drop and regenerate beltportal_bench even if it holds this catalogue
                  --sample           print the plan, sample products and queries, then exit (no database)
                  --keep-index       snapshot the freshly built index and restore it in later --keep-index runs
                                     instead of rebuilding at start (for slow builds; the restart costs a catch-up)
                  --reuse-index      like --keep-index, even if search or core code changed since the snapshot
                  --rebuild-window M minutes to follow the admin API rebuild job before ending it (default 4)
                  --import-timeout M minutes to wait for the import job (default 8)
                  --phases LIST      any of rebuild,latency,throughput,insight,nrt,import,console,dashboards
                                     (default: all)
                  --console-requests N  requests per console list page in the console phase (default 40)
                  --start-timeout M  minutes a starting server may take (default 5)
                  --warmup N         single-client warm-up requests (default 3000)
                  --requests N       measured single-client requests (default 5000)
                  --clients N        concurrent clients of the throughput phase (default 32)
                  --duration S       throughput measurement seconds (default 60)
                  --max-requests N   throughput request cap (default 100000)
                  --nrt-trials N     visibility trials (default 50)
                  --import-rows N    CSV rows to import (default 50000)
                  --import-runs N    imports one after another, each of new SKUs (default 1)
                  --no-profile       no JFR recordings
                  --backend B        embedded (default) or opensearch: bench/run.sh then starts a single OpenSearch
                                     node as a child process and the server (built with -Popensearch) searches it
                  --soak             the festival-spike soak instead of the phases (default 100000 products,
                                     20 tenants): capacity ramp, quiet p99, then open-loop mixed traffic
                  --soak-minutes N   length of the soak at load (default 30)
                  --soak-load F      arrival rate as a share of the measured capacity (default 0.7)
                  --soak-capacity N  take N requests/s as the capacity instead of ramping for it
                  --soak-attack-rate R  anonymous requests/s to the attacked belt's home page (default 2)
                  --soak-jfr-tail S  seconds the JFR recording goes on after the import's upload (default 60)
                  --soak-attack KIND list (an endless #list; default) or builtin (a built-in call over
                                     billions first, which the template rules now refuse at save: 422)
                  --belts            the thousand-belt benchmark instead of the phases (default 1000 belts of 1000
                                     products each): pages and searches spread over every belt against the same
                                     load over --belts-compared belts, heap and per-belt caches; then 1 vs 2 nodes
                  --belts-compared N the belts of the comparison load (default 10)
                  --no-nodes         leave out the 1 vs 2 nodes behind nginx
                  --nginx PATH       nginx binary for the two-node run (default /usr/sbin/nginx)
                  --xmx SIZE         server heap (default 1g)
                  --server-cpus LIST start the server with taskset -c LIST (and G1), e.g. 0 for a core of its own
                  --database NAME    the bench's own database (default beltportal_bench; it may be dropped)
                  --db-server H:P    the MySQL-protocol server (default 127.0.0.1:3306; user root, no password),
                                     e.g. one of the bench's own pinned to the bench's cores""";
    }

    String jdbcBase() {
        return "jdbc:mysql://" + dbHostPort + "/";
    }

    private static String params(String user) {
        return "?user=" + user + "&password=&useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8"
                + "&connectionCollation=utf8mb4_unicode_ci&rewriteBatchedStatements=true";
    }

    /** The harness's own connection (batch inserts, clean-up, samples). */
    String jdbcUrl() {
        return jdbcBase() + database + params(dbUser);
    }

    String adminJdbcUrl() {
        return jdbcBase() + params(dbUser);
    }

    /** What the server is given in PORTAL_DB_URL, exactly as the brief has it. */
    String serverJdbcUrl() {
        return jdbcBase() + database;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }
}
