package org.beltportal.core.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.internal.TenantMapper;
import org.beltportal.core.testing.Fixtures;
import org.beltportal.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;

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
    @Autowired
    TenantMapper tenants;

    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseHeldJobs() {
        release.countDown();
    }

    @Test
    void recentListsABeltsJobsOfOneKindInTheGivenStatesSinceTheGivenTimeNewestFirst() {
        TenantId belt = Fixtures.insertTenant(tenants, "jobs", Instant.now());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        long running = job(belt, "import", "RUNNING", now.minus(1, ChronoUnit.HOURS));
        long failed = job(belt, "import", "FAILED", now.minus(2, ChronoUnit.DAYS));
        job(belt, "import", "FAILED", now.minus(9, ChronoUnit.DAYS));
        job(belt, "import", "SUCCEEDED", now);
        job(belt, "rebuild", "RUNNING", now);
        job(Fixtures.insertTenant(tenants, "other", now), "import", "RUNNING", now);

        List<Job> recent = jobs.recent(belt, "import", List.of(JobState.QUEUED, JobState.RUNNING, JobState.FAILED),
                now.minus(7, ChronoUnit.DAYS), 5);

        assertThat(recent).extracting(Job::id).containsExactly(failed, running);
        assertThat(jobs.recent(belt, "import", List.of(), now.minus(7, ChronoUnit.DAYS), 5)).isEmpty();
    }

    /** A job row as another node may have left it. */
    private long job(TenantId tenant, String kind, String state, Instant updatedAt) {
        return new SimpleJdbcInsert(jdbc).withTableName("job").usingGeneratedKeyColumns("id")
                .executeAndReturnKey(Map.of("tenant_id", tenant.value(), "kind", kind, "state", state, "processed", 0,
                        "error_count", 0, "created_by", "tester", "created_at", updatedAt, "updated_at", updatedAt))
                .longValue();
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
