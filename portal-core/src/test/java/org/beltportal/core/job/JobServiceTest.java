package org.beltportal.core.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CountDownLatch;

import org.beltportal.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a start finds of the jobs a crash cut off. The start-up check is called by hand here: a job this
 * context is still running stands in for one whose process was killed, since a node's name survives its
 * restart and the check cannot tell the two apart (nothing else runs under the node's data directory).
 */
@SpringBootTest
class JobServiceTest extends TestDatabase {

    @Autowired
    JobService jobs;
    @Autowired
    JdbcTemplate jdbc;

    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseHeldJobs() {
        release.countDown();
    }

    @Test
    void aJobThisNodeWasRunningWhenItStoppedIsFailedAtTheNextStartAtOnce() throws InterruptedException {
        Job job = runningJobHeldUntilTheEnd();

        jobs.failJobsOfDeadNodes();

        Job after = jobs.require(job.id());
        assertThat(after.state()).isEqualTo(JobState.FAILED);
        assertThat(after.message()).contains("server stopped");
    }

    @Test
    void aQueuedJobThisNodeHadNotStartedIsFailedAtTheNextStart() throws InterruptedException {
        runningJobHeldUntilTheEnd();
        runningJobHeldUntilTheEnd();
        Job queued = jobs.start("tester", null, "test", progress -> "done");

        jobs.failJobsOfDeadNodes();

        assertThat(jobs.require(queued.id()).state()).isEqualTo(JobState.FAILED);
    }

    @Test
    void aRecentJobOfAnotherNodeIsLeftRunning() throws InterruptedException {
        Job job = runningJobHeldUntilTheEnd();
        jdbc.update("UPDATE job SET node = 'another-node' WHERE id = ?", job.id());

        jobs.failJobsOfDeadNodes();

        assertThat(jobs.require(job.id()).state()).isEqualTo(JobState.RUNNING);
    }

    @Test
    void aJobOfAnotherNodeSilentForLongerThanTheStaleLimitIsFailed() throws InterruptedException {
        Job job = runningJobHeldUntilTheEnd();
        Instant silentSince = Instant.now().minus(JobService.STALE).minus(1, ChronoUnit.MINUTES);
        jdbc.update("UPDATE job SET node = 'another-node', updated_at = ? WHERE id = ?",
                java.sql.Timestamp.from(silentSince), job.id());

        jobs.failJobsOfDeadNodes();

        assertThat(jobs.require(job.id()).state()).isEqualTo(JobState.FAILED);
    }

    /** A job of this node that reports progress and then waits for the test to end. */
    private Job runningJobHeldUntilTheEnd() throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        Job job = jobs.start("tester", null, "test", progress -> {
            progress.processed(1);
            running.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "released";
        });
        running.await();
        return job;
    }
}
