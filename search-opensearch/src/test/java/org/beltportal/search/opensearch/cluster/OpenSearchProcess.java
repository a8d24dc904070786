package org.beltportal.search.opensearch.cluster;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * A real single-node OpenSearch for tests, started once per test JVM as a child process ({@link SingleNodeMain})
 * on the Maven artifacts of this module's test class path: the server jar, transport-netty4, analysis-common and
 * the BeltPortal analysis plugin. Its home is a fresh temporary directory, its ports are free ones; it is killed
 * when the test JVM exits (and exits by itself when its standard input closes, should that JVM be killed).
 * No Docker, no mock: the node answers the same REST API a production cluster does.
 */
public final class OpenSearchProcess {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    /**
     * How long the OpenSearch tests wait for the change feed: each drained pass refreshes the index, which took
     * over 30 s on this 2-core machine under a load average of 30 (several builds at once).
     */
    public static final Duration FEED_WAIT = Duration.ofSeconds(120);
    private static OpenSearchProcess started;

    private final Process process;
    private final URI url;
    private final Path log;

    private OpenSearchProcess(Process process, URI url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    /** The node of this test JVM, started on the first call. */
    public static synchronized OpenSearchProcess node() {
        if (started == null) {
            started = start();
        }
        return started;
    }

    public URI url() {
        return url;
    }

    /**
     * Names this node in {@code portal.search.opensearch-urls} as a system property, before a test class's
     * Spring context starts: every OpenSearch test class then has the same configuration and shares one
     * context (a {@code @DynamicPropertySource} per class would start one context, and one rebuild, each).
     */
    public void offerToSpring() {
        System.setProperty("portal.search.opensearch-urls", url.toString());
    }

    /**
     * A node of its own with the plugin installed from its zip into the home's plugins folder, and neither the
     * plugin's classes nor the jars it bundles on the class path: what a cluster that installed it runs.
     */
    public static OpenSearchProcess withInstalledPlugin(Path zip) throws IOException {
        Path home = Files.createTempDirectory("beltportal-opensearch-");
        Path plugin = Files.createDirectories(home.resolve("plugins").resolve("beltportal-analysis"));
        try (java.util.zip.ZipInputStream entries = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            for (java.util.zip.ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path target = plugin.resolve(entry.getName()).normalize();
                if (!target.startsWith(plugin) || entry.isDirectory()) {
                    continue;
                }
                Files.copy(entries, target);
            }
        }
        return start(home, true);
    }

    /** Stops a node started with {@link #withInstalledPlugin}. */
    public void stop() {
        stop(process);
    }

    private static OpenSearchProcess start() {
        try {
            return start(Files.createTempDirectory("beltportal-opensearch-"), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OpenSearchProcess start(Path home, boolean installedPlugin) {
        try {
            Path log = Path.of("target", "opensearch-node-" + ProcessHandle.current().pid() + ".log").toAbsolutePath();
            int http = freePort();
            int transport = freePort();
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xms512m", "-Xmx512m", "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED",
                    "-Dlog4j2.level=WARN", "-cp", nodeClassPath(installedPlugin), SingleNodeMain.class.getName(),
                    home.toString(), Integer.toString(http), Integer.toString(transport), installedPlugin ? "installed" : "classpath");
            long began = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            CountDownLatch up = new CountDownLatch(1);
            Thread pump = new Thread(() -> copyOutput(process, log, up), "opensearch-node-output");
            pump.setDaemon(true);
            pump.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process)));
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (!up.await(200, TimeUnit.MILLISECONDS)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    stop(process);
                    throw new IllegalStateException("OpenSearch node did not start (exit " + (process.isAlive() ? "none, timed out"
                            : process.exitValue()) + "); its output: " + log + "\n" + tail(log));
                }
            }
            URI url = URI.create("http://127.0.0.1:" + http);
            awaitGreen(url);
            System.out.println("OpenSearch node green at " + url + " in "
                    + Duration.ofNanos(System.nanoTime() - began).toMillis() + " ms (log " + log + ")");
            return new OpenSearchProcess(process, url, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * This JVM's class path without Spring Boot's logging bridge and Logback: the node logs through log4j-core,
     * which the bridge would otherwise take the place of.
     */
    static String nodeClassPath(boolean installedPlugin) throws IOException {
        List<String> entries = new ArrayList<>(Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)));
        if (entries.size() == 1 && entries.getFirst().endsWith(".jar")) {
            // Surefire's manifest-only jar: the real class path is in its manifest.
            try (JarFile jar = new JarFile(entries.getFirst())) {
                Manifest manifest = jar.getManifest();
                entries = new ArrayList<>();
                for (String entry : manifest.getMainAttributes().getValue("Class-Path").split(" ")) {
                    entries.add(Path.of(URI.create(entry)).toString());
                }
            }
        }
        return String.join(File.pathSeparator, entries.stream()
                .filter(entry -> !entry.contains("logback") && !entry.contains("log4j-to-slf4j"))
                .filter(entry -> !installedPlugin || !inPluginZip(entry)).toList());
    }

    /**
     * What the plugin zip bundles (its own and the search module's classes, ICU, smartcn): on the class path
     * as well, the node would refuse the plugin for classes it finds twice.
     */
    private static boolean inPluginZip(String entry) {
        String path = entry.replace(File.separatorChar, '/');
        return path.matches(".*/search-opensearch/target/classes/?") || path.matches(".*/search-opensearch-[^/]*-SNAPSHOT\\.jar")
                || path.matches(".*/search/target/classes/?") || path.matches(".*/search-[0-9][^/]*-SNAPSHOT\\.jar")
                || path.contains("lucene-analysis-icu") || path.contains("lucene-analysis-smartcn") || path.contains("/icu4j/");
    }

    private static void copyOutput(Process process, Path log, CountDownLatch up) {
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter file = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            String line;
            while ((line = output.readLine()) != null) {
                file.println(line);
                if (line.contains(SingleNodeMain.STARTED)) {
                    up.countDown();
                }
            }
        } catch (IOException e) {
            // The node is gone; the waiting side sees it exit.
        }
    }

    private static void awaitGreen(URI url) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(url.resolve("/_cluster/health?wait_for_status=green&timeout=60s"))
                .timeout(Duration.ofSeconds(90)).build(), HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() != 200 || !health.body().contains("\"green\"")) {
            throw new IllegalStateException("OpenSearch node is not green: " + health.body());
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no output)";
        }
    }

    @Override
    public String toString() {
        return "OpenSearch at " + url + " (pid " + process.pid() + ", log " + log + ")";
    }
}
