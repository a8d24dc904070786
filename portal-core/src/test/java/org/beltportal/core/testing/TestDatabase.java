package org.beltportal.core.testing;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;

/**
 * The real MySQL-protocol database for tests. Extend it and the Spring context of the test points at:
 * <ol>
 *   <li>the server named by {@code PORTAL_TEST_JDBC_URL} (with optional {@code PORTAL_TEST_JDBC_USER} and
 *   {@code PORTAL_TEST_JDBC_PASSWORD}) when set;</li>
 *   <li>else a MySQL 8.4 container, when a Docker engine is reachable;</li>
 *   <li>else, with {@code CI=true}, the test fails: CI must never pass by skipping the database;</li>
 *   <li>else (a laptop without either) the test is skipped with a message saying what to set.</li>
 * </ol>
 */
public abstract class TestDatabase {

    private static Target target;

    /** Runs before Spring loads a context, so a laptop without a database skips rather than errors. */
    @BeforeAll
    static void requireDatabase() {
        target();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Target database = target();
        registry.add("spring.datasource.url", database::url);
        // Empty values let credentials in the URL (?user=root) apply over any configured default.
        registry.add("spring.datasource.username", () -> database.user() == null ? "" : database.user());
        registry.add("spring.datasource.password", database::password);
        registry.add("spring.datasource.driver-class-name", () -> "com.mysql.cj.jdbc.Driver");
    }

    /**
     * The database tests use, for a test that starts portals of its own on other databases of the same
     * server, or runs the MySQL client tools against it.
     */
    public static Target server() {
        return target();
    }

    private static synchronized Target target() {
        if (target == null) {
            target = find();
        }
        return target;
    }

    private static Target find() {
        String url = System.getenv("PORTAL_TEST_JDBC_URL");
        if (url != null && !url.isBlank()) {
            String password = System.getenv("PORTAL_TEST_JDBC_PASSWORD");
            return new Target(url, System.getenv("PORTAL_TEST_JDBC_USER"), password == null ? "" : password);
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            MySQLContainer mysql = new MySQLContainer("mysql:8.4")
                    .withCommand("--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci");
            mysql.start();
            return new Target(mysql.getJdbcUrl(), mysql.getUsername(), mysql.getPassword());
        }
        String message = "No MySQL-protocol database for tests: set PORTAL_TEST_JDBC_URL "
                + "(e.g. jdbc:mysql://127.0.0.1:3306/beltportal_test?user=root&createDatabaseIfNotExist=true) or start Docker";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message);
        }
        Assumptions.abort(message);
        return null;
    }

    /** A JDBC URL and the credentials beside it; {@code user} is null when the URL names it. */
    public record Target(String url, String user, String password) {
    }
}
