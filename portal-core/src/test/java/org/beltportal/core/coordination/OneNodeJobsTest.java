package org.beltportal.core.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.beltportal.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Jobs locked in the real database. Two schedulers with lock providers of their own stand for two nodes here;
 * portal-server's TwoNodesTest does the same with two whole servers.
 */
@SpringBootTest
class OneNodeJobsTest extends TestDatabase {

    @Autowired
    DataSource dataSource;
    @Autowired
    Clock clock;

    private OneNodeJobs node() throws Exception {
        return new OneNodeJobs(List.of(), new CoordinationConfiguration().oneNodeLocks(dataSource), clock);
    }

    private static String uniqueName() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void whileOneNodeRunsAJobTheOtherSkipsIt() throws Exception {
        OneNodeJobs a = node();
        OneNodeJobs b = node();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        OneNodeJob job = new OneNodeJob(uniqueName(), Duration.ofMillis(400), Duration.ofMinutes(1), () -> {
            runs.incrementAndGet();
            running.countDown();
            try {
                finish.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> ranOnA = thread.submit(() -> a.runIfFree(job));
            assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();

            assertThat(b.runIfFree(job)).isFalse();
            assertThat(a.runIfFree(job)).as("nor again on the node running it").isFalse();
            finish.countDown();
            assertThat(ranOnA.get(30, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(job.lockAtLeastFor().toMillis() + 100);
            assertThat(b.runIfFree(job)).isTrue();
            assertThat(runs).hasValue(2);
        } finally {
            finish.countDown();
            thread.shutdownNow();
        }
    }

    @Test
    void aFailedRunReleasesTheLockForTheNextRound() throws Exception {
        OneNodeJobs a = node();
        AtomicInteger tries = new AtomicInteger();
        OneNodeJob failing = new OneNodeJob(uniqueName(), Duration.ofMillis(200), Duration.ofMinutes(1), () -> {
            if (tries.incrementAndGet() == 1) {
                throw new IllegalStateException("the database went away");
            }
        });

        assertThat(a.runIfFree(failing)).isFalse();
        Thread.sleep(failing.lockAtLeastFor().toMillis() + 100);
        assertThat(a.runIfFree(failing)).isTrue();
        assertThat(tries).hasValue(2);
    }

    @Test
    void theLockOutlastsARunByHalfAPeriodButNeverItsLongestHold() {
        Runnable nothing = () -> { };
        assertThat(new OneNodeJob("a", Duration.ofMinutes(10), Duration.ofMinutes(20), nothing).lockAtLeastFor())
                .isEqualTo(Duration.ofMinutes(5));
        assertThat(new OneNodeJob("a", Duration.ofHours(1), Duration.ofMinutes(5), nothing).lockAtLeastFor())
                .isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void namesThatDoNotFitTheLockTableAreRefused() {
        assertThatThrownBy(() -> new OneNodeJob("x".repeat(65), Duration.ofMinutes(1), Duration.ofMinutes(1), () -> { }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OneNodeJob(" ", Duration.ofMinutes(1), Duration.ofMinutes(1), () -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
