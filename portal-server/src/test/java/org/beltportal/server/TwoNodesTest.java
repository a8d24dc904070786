package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.beltportal.core.product.PriceTier;
import org.beltportal.core.product.ProductDraft;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.product.ProductStatus;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.tenant.Branding;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.testing.Fixtures;
import org.beltportal.core.testing.TestDatabase;
import org.beltportal.search.query.ProductSearch;
import org.beltportal.search.query.SearchQuery;
import org.beltportal.search.query.SearchScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two portal nodes in one JVM, each a whole application with the {@code mysql} profile and a data directory (index)
 * of its own, on the one test database and no other setting (decision 0043): what one node writes, the other finds
 * in search and shows on its cached pages within 2 s, and a node that was stopped catches up when it starts again.
 */
class TwoNodesTest extends TestDatabase {

    private static final Duration WITHIN = Duration.ofSeconds(2);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path DATA = Path.of("target/test-data/two-nodes-" + UUID.randomUUID());

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    Tenant belt;
    long supplier;

    /**
     * Then one change through both, unmeasured: each thread that first analyses text (node B's feed thread, this
     * test's searching thread) builds its ICU transforms, seconds on a busy build machine.
     */
    @BeforeAll
    static void startTwoNodes() throws Exception {
        nodeA = start("a");
        nodeB = start("b");
        TwoNodesTest warmUp = new TwoNodesTest();
        warmUp.beltOnNodeA();
        long id = warmUp.saveOnA("WARM-1", "预热袜子");
        warmUp.awaitFound(nodeB, id, "预热", Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopNodes() {
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
    }

    /** A node as a province would start it: the mysql profile, its database, its own data directory. */
    static ConfigurableApplicationContext start(String name) {
        Target database = TestDatabase.server();
        List<String> args = new ArrayList<>(List.of(
                "--spring.profiles.active=mysql",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + (database.user() == null ? "" : database.user()),
                "--spring.datasource.password=" + database.password(),
                "--server.port=0",
                "--portal.data-dir=" + DATA.resolve(name),
                // Two more servers beside the suite's own on a shared database server: a few connections each will do.
                "--spring.datasource.hikari.maximum-pool-size=5",
                "--portal.themes.render-timeout=10s"));
        return new SpringApplicationBuilder(BeltPortalApplication.class).run(args.toArray(String[]::new));
    }

    @BeforeEach
    void beltOnNodeA() {
        belt = nodeA.getBean(TenantService.class).create("tester", Fixtures.uniqueSlug("twin"),
                Fixtures.settings("双节点"), List.of());
        supplier = nodeA.getBean(SupplierService.class).create("tester", belt.id(), Fixtures.supplier("双节点服饰")).id();
    }

    private long saveOnA(String sku, String title) {
        return nodeA.getBean(ProductService.class).create("tester", belt.id(), new ProductDraft(sku, title, null, null,
                "童装/袜子", supplier, 10, "双", List.of(new PriceTier(10, new BigDecimal("2.50"))), Map.of(), List.of(),
                ProductStatus.ACTIVE)).id();
    }

    /** Whether the node's index holds the product: a search limited to its id, so no word of its title plays a part. */
    private static boolean inIndexOf(ConfigurableApplicationContext node, Tenant belt, long id) {
        return node.getBean(ProductSearch.class).search(SearchScope.tenant(belt.id()), SearchQuery.text("").onlyProducts(Set.of(id)))
                .items().stream().anyMatch(item -> item.id() == id);
    }

    private static boolean foundOn(ConfigurableApplicationContext node, Tenant belt, String text, long id) {
        return node.getBean(ProductSearch.class).search(SearchScope.tenant(belt.id()), SearchQuery.text(text)).items()
                .stream().anyMatch(item -> item.id() == id);
    }

    @Test
    void aProductSavedThroughNodeAIsFoundBySearchOnNodeBWithinTwoSeconds() throws Exception {
        String word = "袜" + uniqueWord();
        long id = saveOnA("T-1", "纯棉" + word);

        awaitFound(nodeB, id, word, WITHIN);
        assertThat(searchOverHttp(nodeB, belt.slug(), word)).contains("\"id\":" + id);
    }

    @Test
    void aBrandingChangeThroughNodeAShowsOnNodeBsCachedPageWithinTwoSeconds() throws Exception {
        String home = "/t/" + belt.slug() + "/";
        String before = page(nodeB, home);
        assertThat(page(nodeB, home)).isEqualTo(before);
        String slogan = "一村一品" + UUID.randomUUID().toString().substring(0, 6);
        Branding branding = nodeA.getBean(TenantService.class).branding(belt.id());
        nodeA.getBean(TenantService.class).updateBranding("tester", belt.id(), new Branding(branding.logoUrl(),
                branding.primaryColor(), branding.accentColor(), slogan, branding.heroImages(), branding.footerHtml()));
        long changed = System.nanoTime();

        while (!page(nodeB, home).contains(slogan)) {
            assertThat(Duration.ofNanos(System.nanoTime() - changed)).as("new slogan on node B's page").isLessThan(WITHIN);
            Thread.sleep(20);
        }
    }

    @Test
    void aNodeThatWasStoppedCatchesUpWhenItStartsAgain() throws Exception {
        String word = "羊" + uniqueWord();
        long before = saveOnA("R-1", "羊毛" + word);
        awaitFound(nodeB, before, word, Duration.ofSeconds(10));
        nodeB.close();

        long whileStopped = saveOnA("R-2", "羊绒" + word);
        nodeB = start("b");

        awaitFound(nodeB, whileStopped, word, Duration.ofSeconds(10));
        assertThat(foundOn(nodeB, belt, word, before)).isTrue();
    }

    /**
     * Measures: from the commit on node A (the save returns) until node B's search finds the product, over 100
     * saves one after another; the figures go to docs/benchmarks.md.
     */
    @Test
    void latencyFromCommitOnAToSearchableOnB() throws Exception {
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String word = "测" + uniqueWord();
            long id = saveOnA("L-" + i, "延迟" + word);
            long saved = System.nanoTime();
            long gcBefore = gcMillis();
            boolean reported = false;
            // The target is the p99 below; one save held up by the machine (a GC, a busy CI) fails only when lost,
            // and a slow one prints what node B's feed thread was doing, for the next person who sees it.
            // Looked up by id: this measures the change reaching node B's index, whatever the title's random
            // characters make of a word search. When it times out, the message says whether the word finds it.
            while (!inIndexOf(nodeB, belt, id)) {
                Duration waited = Duration.ofNanos(System.nanoTime() - saved);
                if (!reported && waited.compareTo(WITHIN) > 0) {
                    reported = true;
                    System.out.println("save " + i + " not yet searchable on node B after " + waited + "; "
                            + (gcMillis() - gcBefore) + " ms of GC since; node B's feed thread:\n" + feedThreadStack());
                }
                assertThat(waited).as("save %d (id %d, title 延迟%s; found by its word on node B: %s) in node B's index", i, id,
                        word, foundOn(nodeB, belt, word, id)).isLessThan(Duration.ofSeconds(30));
                // Searching without a pause would take a core from node B's feed and reopen threads, which run at
                // a lower priority than this one (BackgroundPriority): 5 ms is well below the figures measured.
                Thread.sleep(5);
            }
            micros.add((System.nanoTime() - saved) / 1000);
        }
        Collections.sort(micros);
        String figures = "commit on A to searchable on B over 100 saves: p50 " + micros.get(49) / 1000 + " ms, p99 "
                + micros.get(98) / 1000 + " ms, max " + micros.get(99) / 1000 + " ms (load average "
                + java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() + " on "
                + Runtime.getRuntime().availableProcessors() + " cores)";
        System.out.println(figures);
        Files.createDirectories(DATA);
        Files.writeString(DATA.resolveSibling("two-nodes-latency.txt"), figures + "\n", StandardCharsets.UTF_8);
        assertThat(micros.get(98)).isLessThan(WITHIN.toNanos() / 1000);
    }

    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /** Every change-feed thread of this JVM (the suite's own node, A and B): which one is B's matters less than what they do. */
    private static String feedThreadStack() {
        StringBuilder stacks = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (thread.getName().startsWith("change-feed") || thread.getName().contains("reopen")) {
                stacks.append(thread.getName()).append(" ").append(thread.getState()).append('\n');
                for (StackTraceElement frame : stack) {
                    stacks.append("    at ").append(frame).append('\n');
                }
            }
        });
        return stacks.toString();
    }

    private void awaitFound(ConfigurableApplicationContext node, long id, String word, Duration within) throws Exception {
        long started = System.nanoTime();
        while (!foundOn(node, belt, word, id)) {
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("product %d found", id).isLessThan(within);
            Thread.sleep(20);
        }
    }

    /** Four random common-range Han characters: a word no other product of the shared test database has. */
    private static String uniqueWord() {
        StringBuilder word = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 4; i++) {
            word.append((char) (0x4E00 + random.nextInt(0x5000)));
        }
        return word.toString();
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static String searchOverHttp(ConfigurableApplicationContext node, String slug, String text) throws IOException, InterruptedException {
        return get(node, "/t/" + slug + "/api/v1/search?q=" + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8));
    }

    private static String page(ConfigurableApplicationContext node, String path) throws IOException, InterruptedException {
        return get(node, path);
    }

    private static String get(ConfigurableApplicationContext node, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(node) + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return response.body();
    }
}
