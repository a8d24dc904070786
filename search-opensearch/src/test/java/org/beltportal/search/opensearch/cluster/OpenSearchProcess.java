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

    private static OpenSearchProcess start() {
        try {
            Path home = Files.createTempDirectory("beltportal-opensearch-");
            Path log = Path.of("target", "opensearch-node-" + ProcessHandle.current().pid() + ".log").toAbsolutePath();
            int http = freePort();
            int transport = freePort();
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xms512m", "-Xmx512m", "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED",
                    "-Dlog4j2.level=WARN", "-cp", nodeClassPath(), SingleNodeMain.class.getName(),
                    home.toString(), Integer.toString(http), Integer.toString(transport));
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
    static String nodeClassPath() throws IOException {
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
                .filter(entry -> !entry.contains("logback") && !entry.contains("log4j-to-slf4j")).toList());
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
