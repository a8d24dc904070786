package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.beltportal.core.testing.TestDatabase;
import org.beltportal.core.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the end-to-end suites: the whole server on a random port, over real HTTP, against the real
 * MySQL-protocol test database. Demo data is off; each suite creates its own uniquely named tenants.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.demo-data=false",
        "portal.data-dir=target/test-data/${random.uuid}",
        // A cold first render on a busy 2-core build machine can pass the 2 s default; limits have their own tests.
        "portal.themes.render-timeout=10s"})
abstract class PortalServerTest extends TestDatabase {

    /**
     * The suites' own platform admin. The shared test database may hold an "admin" from another suite's
     * first start with a password we do not know, so the suites do not log in as it.
     */
    static final String ADMIN = "e2e-admin";
    static final String ADMIN_PASSWORD = "test-admin-password";

    @LocalServerPort
    int port;

    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void platformAdmin() {
        users.createPlatformAdminIfMissing(ADMIN, ADMIN_PASSWORD);
    }

    /**
     * Every request of these suites comes from 127.0.0.1, and login and inquiry counts are shared through the
     * database (decision 0044): a test starts with none, as a test of its own, not the last run's or suite's.
     */
    @BeforeEach
    void noLimitCountsYet() {
        jdbc.update("DELETE FROM limit_state");
    }

    Api anonymous() {
        return new Api(port);
    }

    Api admin() {
        return anonymous().login(ADMIN, ADMIN_PASSWORD);
    }

    /** A new region operator of {@code slug} only, created by {@code admin} and logged in. */
    Api newOperatorOf(Api admin, String slug) {
        String username = "op-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.post("/admin/api/v1/users", Map.of("username", username, "password", "operator-password",
                "grants", List.of(Map.of("tenant", slug, "role", "region_operator")))).status()).isEqualTo(201);
        return anonymous().login(username, "operator-password");
    }
}
