package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.beltportal.core.coordination.OneNodeJob;
import org.beltportal.core.coordination.OneNodeJobs;
import org.beltportal.core.testing.Eventually;
import org.beltportal.core.testing.TestDatabase;
import org.beltportal.core.user.UserService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two portal nodes, each a whole server with its own data directory, on one database as production runs them
 * (the mysql profile; decision 0044): what one node learns about sessions, login failures, inquiries and
 * background work, the other knows. The last test stops node A.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesShareStateTest extends TestDatabase {

    static final String ADMIN = "two-nodes-admin";
    static final String ADMIN_PASSWORD = "two-nodes-admin-password";

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;
    static int portA;
    static int portB;

    @BeforeAll
    static void twoNodes() {
        nodeA = TwoNodesTest.start("state-a");
        nodeB = TwoNodesTest.start("state-b");
        portA = port(nodeA);
        portB = port(nodeB);
        nodeA.getBean(UserService.class).createPlatformAdminIfMissing(ADMIN, ADMIN_PASSWORD);
    }

    private static int port(ConfigurableApplicationContext node) {
        return node.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    @AfterAll
    static void stopNodes() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            if (node != null && node.isActive()) {
                node.close();
            }
        }
    }

    /** Every request here comes from 127.0.0.1: each test starts with no login or inquiry counts of earlier runs. */
    @BeforeEach
    void noLimitCountsYet() {
        nodeB.getBean(JdbcTemplate.class).update("DELETE FROM limit_state");
    }

    @Test
    @Order(1)
    void aConsoleSessionStartedOnAIsHonouredByBAndItsCsrfTokenToo() {
        ConsoleSession browser = ConsoleSession.anonymous(portA);
        String anonymousCookie = browser.cookie();
        Api.Response login = browser.postForm("/admin/login", Map.of("username", ADMIN, "password", ADMIN_PASSWORD));
        assertThat(login.status()).as(login.toString()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/admin/");
        assertThat(browser.cookie()).as("a new session id at login").isNotEqualTo(anonymousCookie);
        browser.refreshCsrf();

        ConsoleSession sameBrowserOnB = browser.on(portB);
        Api.Response console = sameBrowserOnB.get("/admin/");
        assertThat(console.status()).as(console.toString()).isEqualTo(200);
        assertThat(console.body()).contains(ADMIN);

        // The CSRF token A put in the session is accepted by B: logging out through B ends the session on A too.
        Api.Response logout = sameBrowserOnB.postForm("/admin/logout", Map.of());
        assertThat(logout.status()).as(logout.toString()).isEqualTo(302);
        assertThat(browser.get("/admin/").status()).isEqualTo(302);
    }

    @Test
    @Order(2)
    void fiveWrongPasswordsSplitOverTwoNodesCountAsFive() throws InterruptedException {
        String username = "two-nodes-" + UUID.randomUUID().toString().substring(0, 8);
        Api admin = new Api(portA).login(ADMIN, ADMIN_PASSWORD);
        assertThat(admin.post("/admin/api/v1/users", Map.of("username", username, "password", "a-long-password",
                "grants", List.of(Map.of("role", "platform_admin")))).status()).isEqualTo(201);
        int[] ports = {portA, portB};
        int failures = 0;
        while (failures < 5) {
            Api.Response guess = token(ports[failures % 2], username, "guess-" + failures);
            if (guess.status() == 429) {
                Thread.sleep(retryAfter(guess) * 1000 + 100);
                continue;
            }
            assertThat(guess.status()).as(guess.toString()).isEqualTo(401);
            failures++;
        }

        // One free failure, then 1, 2, 4 and 8 s: the fifth failure makes the next try wait 8 s on either node.
        // Counted per node (three on A, two on B) it would be 2 s at most.
        for (int port : ports) {
            Api.Response throttled = token(port, username, "a-long-password");
            assertThat(throttled.status()).as(throttled.toString()).isEqualTo(429);
            assertThat(retryAfter(throttled)).isBetween(7L, 8L);
        }
    }

    private static Api.Response token(int port, String username, String password) {
        return new Api(port).send("POST", "/admin/api/v1/tokens", null, Api.basic(username, password));
    }

    private static long retryAfter(Api.Response response) {
        return Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
    }

    @Test
    @Order(3)
    void inquiriesOverTheSenderLimitSplitOverTwoNodesAreRefusedOnBoth() {
        TwinBelts twins = new TwinBelts(new Api(portA).login(ADMIN, ADMIN_PASSWORD));
        Api buyerOnA = new Api(portA).onHost(twins.inA.host());
        Api buyerOnB = new Api(portB).onHost(twins.inA.host());
        for (int i = 0; i < 5; i++) {
            Api buyer = i < 3 ? buyerOnA : buyerOnB;
            Api.Response taken = buyer.post("/api/v1/inquiries", inquiry(twins.inA.productId(), "买家" + i));
            assertThat(taken.status()).as(taken.toString()).isEqualTo(201);
        }

        for (Api buyer : List.of(buyerOnA, buyerOnB)) {
            Api.Response refused = buyer.post("/api/v1/inquiries", inquiry(twins.inA.productId(), "买家"));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
            assertThat(refused.json().get("error").asString()).isEqualTo("too_many_requests");
        }
        Api.Response stored = new Api(portB).login(ADMIN, ADMIN_PASSWORD).get("/admin/api/v1/tenants/" + twins.a + "/inquiries");
        assertThat(stored.json().get("total").asLong()).isEqualTo(5);
    }

    private static Map<String, Object> inquiry(long productId, String name) {
        return Map.of("productId", productId, "quantity", 300, "name", name, "company", "杭州童趣贸易",
                "phone", "138 0571 2345", "message", "请报价");
    }

    @Test
    @Order(4)
    void aJobRunningOnOneNodeDoesNotRunOnTheOtherAtTheSameTime() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        OneNodeJob job = new OneNodeJob("two-nodes-" + UUID.randomUUID().toString().substring(0, 8), Duration.ofSeconds(2),
                Duration.ofMinutes(1), () -> {
                    runs.incrementAndGet();
                    running.countDown();
                    try {
                        finish.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
        OneNodeJobs onA = nodeA.getBean(OneNodeJobs.class);
        OneNodeJobs onB = nodeB.getBean(OneNodeJobs.class);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> ranOnA = thread.submit(() -> onA.runIfFree(job));
            assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();

            assertThat(onB.runIfFree(job)).as("B while A runs the job").isFalse();
            finish.countDown();
            assertThat(ranOnA.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(runs).hasValue(1);
            // Once A's run has held the lock for half a period, B takes its turn.
            Eventually.eventually("B to run the job after A", Duration.ofSeconds(10), () -> onB.runIfFree(job), ran -> ran);
            assertThat(runs).hasValue(2);
        } finally {
            finish.countDown();
            thread.shutdownNow();
        }
    }

    @Test
    @Order(5)
    void aConsoleSessionSurvivesItsNodeBeingStopped() {
        ConsoleSession browser = ConsoleSession.login(portA, ADMIN, ADMIN_PASSWORD);
        assertThat(browser.get("/admin/").status()).isEqualTo(200);

        nodeA.close();

        Api.Response onB = browser.on(portB).get("/admin/");
        assertThat(onB.status()).as(onB.toString()).isEqualTo(200);
        assertThat(onB.body()).contains(ADMIN);
    }
}
