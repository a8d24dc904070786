package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.core.testing.Eventually.eventually;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;

/**
 * The packaged server ({@code target/beltportal.jar}) as child processes, for the integration tests that run it
 * as an operator does (failsafe, after {@code package}): a database of their own next to the test database, a
 * free port per node, {@code kill -9}.
 */
final class ServerJar {

    static final Path JAR = Path.of("target", "beltportal.jar");
    static final Duration START = Duration.ofMinutes(2);

    private ServerJar() {
    }

    /**
     * A database of the caller's own, dropped and created afresh: {@code PORTAL_TEST_JDBC_URL}'s with {@code suffix}
     * appended to its name. Required when CI=true; the test is skipped without it otherwise.
     */
    static String freshDatabase(Class<?> test, String suffix) throws SQLException {
        String testUrl = System.getenv("PORTAL_TEST_JDBC_URL");
        if (testUrl == null || testUrl.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("PORTAL_TEST_JDBC_URL is required for " + test.getSimpleName());
            }
            Assumptions.abort("set PORTAL_TEST_JDBC_URL to run " + test.getSimpleName() + " (it starts the server jar on it)");
        }
        assertThat(JAR).as("the packaged server; build it with mvn package").exists();
        Matcher url = Pattern.compile("(jdbc:mysql://[^/]+/)([^?]+)(\\?.*)?").matcher(testUrl);
        assertThat(url.matches()).as("a jdbc:mysql:// URL naming a database: " + testUrl).isTrue();
        String name = url.group(2) + suffix;
        try (Connection connection = connect(testUrl); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
            statement.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return url.group(1) + name + (url.group(3) == null ? "" : url.group(3));
    }

    static Connection connect(String url) throws SQLException {
        String user = System.getenv("PORTAL_TEST_JDBC_USER");
        String password = System.getenv("PORTAL_TEST_JDBC_PASSWORD");
        return user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
    }

    static long count(String jdbcUrl, String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(jdbcUrl); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    /**
     * Starts a node on the {@code mysql} profile without demo data and waits until it answers its health check.
     * C1 only: starts sooner, and a slower import or rebuild is only easier to catch while it runs.
     */
    static Node start(String jdbcUrl, int port, Path dataDir, Path log, String adminPassword, Map<String, String> settings)
            throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar",
                JAR.toAbsolutePath().toString(),
                "--spring.profiles.active=mysql", "--server.port=" + port, "--portal.data-dir=" + dataDir.toAbsolutePath())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("PORTAL_DB_URL", jdbcUrl);
        env.put("PORTAL_DB_USER", System.getenv().getOrDefault("PORTAL_TEST_JDBC_USER", ""));
        env.put("PORTAL_DB_PASSWORD", System.getenv().getOrDefault("PORTAL_TEST_JDBC_PASSWORD", ""));
        env.put("PORTAL_DEMO_DATA", "false");
        env.put("PORTAL_ADMIN_PASSWORD", adminPassword);
        env.putAll(settings);
        Node node = new Node(builder.start(), port, dataDir, log, adminPassword);
        try {
            eventually("the server to answer (see " + log + ")", START, () -> {
                assertThat(node.process.isAlive()).as("server running; see " + log).isTrue();
                return new Api(port).get("/actuator/health").status();
            }, status -> status == 200);
        } catch (AssertionError notAnswering) {
            // Not left running after the tests: nothing else would end it.
            node.kill();
            throw notAnswering;
        }
        return node;
    }

    /** One running server process. */
    record Node(Process process, int port, Path dataDir, Path log, String adminPassword) {

        Api api() {
            return new Api(port);
        }

        Api admin() {
            return api().login("admin", adminPassword);
        }

        /** SIGKILL: no shutdown hook, no index commit, no job bookkeeping. */
        void kill() {
            process.destroyForcibly();
            await();
        }

        /** SIGTERM: a graceful shutdown, as a rolling restart does. */
        void stop() {
            process.destroy();
            await();
        }

        private void await() {
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
