package org.beltportal.core.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.core.testing.Eventually.eventually;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.core.system.web.RequestsInFlight;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Background jobs give way while requests queue for cores or for database connections, and only then. */
class RequestsFirstTest {

    private static final Duration SHORT_PAUSE = Duration.ofMillis(100);
    private static final Duration LONG_PAUSE = Duration.ofMinutes(1);
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration BATCH = Duration.ofMillis(150);

    private final RequestsInFlight requests = new RequestsInFlight();
    private final HikariDataSource pool = pool();
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<Thread> running = new ArrayList<>();

    @AfterEach
    void end() throws InterruptedException {
        release.countDown();
        for (Thread thread : running) {
            thread.join();
        }
        pool.close();
    }

    @Test
    void aQuietNodeLetsTheJobGoOnAtOnce() {
        RequestsFirst requestsFirst = requestsFirst(LONG_PAUSE);

        assertThat(requestsFirst.busy()).isFalse();
        assertThat(requestsFirst.pause()).isLessThan(LONG_PAUSE);
    }

    @Test
    void requestsWaitingForACoreMakeTheJobWaitUpToItsLongestPause() {
        RequestsFirst requestsFirst = requestsFirst(SHORT_PAUSE);
        int busy = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < busy - 1; i++) {
            startRequest();
        }
        eventually("requests in flight", WAIT, requests::count, n -> n == busy - 1);
        assertThat(requestsFirst.busy()).as("one request per core is no queue").isFalse();

        startRequest();
        eventually("requests in flight", WAIT, requests::count, n -> n == busy);

        assertThat(requestsFirst.busy()).isTrue();
        assertThat(requestsFirst.pause()).as("it waits, but never longer than the longest pause")
                .isGreaterThanOrEqualTo(SHORT_PAUSE).isLessThan(LONG_PAUSE);
        release.countDown();
        eventually("requests in flight", WAIT, requests::count, n -> n == 0);
        assertThat(requestsFirst.busy()).isFalse();
    }

    @Test
    void aThreadWaitingForADatabaseConnectionMakesTheJobWait() throws Exception {
        RequestsFirst requestsFirst = requestsFirst(SHORT_PAUSE);
        try (Connection taken = pool.getConnection()) {
            Thread waiting = Thread.ofVirtual().start(() -> {
                try (Connection next = pool.getConnection()) {
                    next.isValid(1);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            running.add(waiting);

            eventually("a thread waiting for a connection", WAIT, requestsFirst::busy, busy -> busy);
            taken.close();
            waiting.join(WAIT);
        }
        assertThat(requestsFirst.busy()).isFalse();
    }

    @Test
    void whileRequestsAreServedAJobRestsThreeTimesAsLongAsItsBatchWorked() throws Exception {
        RequestsFirst requestsFirst = requestsFirst(LONG_PAUSE);
        requestsFirst.pause();
        Thread.sleep(BATCH.toMillis());
        serveOneRequest();

        assertThat(requestsFirst.pause()).as("a work share of a quarter").isGreaterThanOrEqualTo(BATCH.multipliedBy(3));
    }

    @Test
    void anIdleNodeLetsTheJobWorkWithoutRest() throws Exception {
        RequestsFirst requestsFirst = requestsFirst(LONG_PAUSE);
        serveOneRequest();
        requestsFirst.pause();
        Thread.sleep(BATCH.toMillis());

        assertThat(requestsFirst.pause()).as("no request since the last batch").isLessThan(BATCH);
    }

    @Test
    void consoleRequestsDoNotMakeTheJobRest() throws Exception {
        RequestsFirst requestsFirst = requestsFirst(LONG_PAUSE);
        requestsFirst.pause();
        Thread.sleep(BATCH.toMillis());
        MockHttpServletRequest progressPoll = new MockHttpServletRequest("GET", "/admin/api/v1/jobs/7");
        requests.filter().doFilter(progressPoll, new MockHttpServletResponse(), new MockFilterChain());

        assertThat(requestsFirst.pause()).isLessThan(BATCH);
    }

    @Test
    void aJobsFirstBatchOnItsThreadIsNotMadeUpFor() throws Exception {
        RequestsFirst requestsFirst = requestsFirst(LONG_PAUSE);
        serveOneRequest();

        assertThat(requestsFirst.pause()).isLessThan(BATCH);
    }

    @Test
    void theRestNeverExceedsTheLongestPause() throws Exception {
        RequestsFirst requestsFirst = requestsFirst(SHORT_PAUSE);
        requestsFirst.pause();
        Thread.sleep(BATCH.toMillis());
        serveOneRequest();

        assertThat(requestsFirst.pause()).isGreaterThanOrEqualTo(SHORT_PAUSE).isLessThan(BATCH.multipliedBy(3));
    }

    private RequestsFirst requestsFirst(Duration maxPause) {
        return new RequestsFirst(requests, pool, new BackgroundProperties(1, maxPause, 0.25));
    }

    private void serveOneRequest() throws Exception {
        requests.filter().doFilter(new MockHttpServletRequest("GET", "/t/zhili/search"), new MockHttpServletResponse(),
                new MockFilterChain());
    }

    /** A request inside the counting filter until the test releases it. */
    private void startRequest() {
        HttpServlet held = new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        running.add(Thread.ofVirtual().start(() -> {
            try {
                requests.filter().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), new MockFilterChain(held));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    /** A real pool of one connection, so a second caller waits in it. */
    private static HikariDataSource pool() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:requests-first;DB_CLOSE_DELAY=-1");
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(30_000);
        return new HikariDataSource(config);
    }
}
