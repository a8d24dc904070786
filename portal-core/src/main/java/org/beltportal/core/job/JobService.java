package org.beltportal.core.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import org.beltportal.core.job.internal.JobMapper;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.system.BackgroundPriority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;

/**
 * Starts jobs on a small pool and keeps their progress in the database. A job's work returns a short
 * summary on success; an exception fails it with a generic message (the cause goes to the log).
 */
@Service
public class JobService implements SmartInitializingSingleton, DisposableBean {

    public static final int MAX_STORED_ERRORS = 1000;
    static final int THREADS = 2;
    /**
     * A job of another node that has not reported for this long lost its node; progress is written every
     * half second, and no step of an import or a rebuild runs for minutes without reporting.
     */
    static final Duration STALE = Duration.ofMinutes(10);
    /**
     * What an operator sees of a job its server's end cut off. Each import batch is one transaction and
     * rows are matched by SKU, so uploading the file again completes an import without doubling a row.
     */
    static final String INTERRUPTED = "interrupted: its server stopped before the job ended; "
            + "what it had written is kept, so start it again (an import: upload the same file, rows are matched by SKU)";
    private static final Logger log = LoggerFactory.getLogger(JobService.class);

    private final JobMapper mapper;
    private final JobNode node;
    private final Clock clock;
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS,
            BackgroundPriority.threads("job-"));

    JobService(JobMapper mapper, JobNode node, Clock clock) {
        this.mapper = mapper;
        this.node = node;
        this.clock = clock;
    }

    public Job require(long id) {
        return mapper.findById(id).orElseThrow(() -> new NotFoundException("no job " + id));
    }

    /** A belt's jobs of {@code kind} in one of {@code states} that changed since {@code since}, newest first. */
    public List<Job> recent(TenantId tenantId, String kind, Collection<JobState> states, Instant since, int limit) {
        return states.isEmpty() ? List.of() : mapper.findRecent(tenantId, kind, states, since, limit);
    }

    /**
     * Records a queued job and runs {@code work} in the background; returns the queued job at once.
     * {@code tenantId} is null for platform-wide jobs.
     */
    public Job start(String actor, TenantId tenantId, String kind, Function<JobProgress, String> work) {
        JobMapper.InsertRow row = new JobMapper.InsertRow(tenantId, kind, actor, node.name(), clock.instant());
        mapper.insert(row);
        long id = row.id;
        pool.submit(() -> run(id, kind, work));
        return require(id);
    }

    private void run(long id, String kind, Function<JobProgress, String> work) {
        JobProgress progress = new JobProgress(id, this);
        mapper.updateProgress(id, JobState.RUNNING, 0, null, 0, null, clock.instant());
        try {
            String summary = work.apply(progress);
            progress.flush();
            mapper.finish(id, JobState.SUCCEEDED, summary, clock.instant());
            log.info("Job {} ({}) succeeded: {}", id, kind, summary);
        } catch (RuntimeException e) {
            log.error("Job {} ({}) failed", id, kind, e);
            progress.flush();
            mapper.finish(id, JobState.FAILED, "the job stopped on an unexpected error; see the server log", clock.instant());
        }
    }

    void report(long id, long processed, Long total, int errorCount, List<RowError> errors) {
        mapper.updateProgress(id, JobState.RUNNING, processed, total, errorCount, errors.isEmpty() ? null : errors,
                clock.instant());
    }

    /**
     * At start, once the database is migrated and before this node serves requests or starts jobs (a
     * start-up rebuild is one): its own unfinished jobs were cut off by its end (a crash, a kill), and
     * another node's that stopped reporting lost their node. Neither is resumed: an import's file may be
     * gone with its server, and the operator decides whether to start it again.
     */
    @Override
    public void afterSingletonsInstantiated() {
        failJobsOfDeadNodes();
    }

    void failJobsOfDeadNodes() {
        Instant now = clock.instant();
        int own = mapper.failUnfinishedOf(node.name(), INTERRUPTED, now);
        int stale = mapper.failStale(now.minus(STALE), INTERRUPTED, now);
        if (own + stale > 0) {
            log.warn("Marked {} jobs cut off by this node's restart and {} of other nodes that stopped reporting as failed",
                    own, stale);
        }
    }

    /**
     * Marks failed the jobs of other nodes that stopped reporting: run at start and then every minute on one
     * node ({@link JobReaper}), so a job whose node never comes back is failed within minutes, not at the next start.
     */
    int failJobsOfLostNodes() {
        Instant now = clock.instant();
        int stale = mapper.failStale(now.minus(STALE), INTERRUPTED, now);
        if (stale > 0) {
            log.warn("Marked {} jobs of other nodes that stopped reporting as failed", stale);
        }
        return stale;
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
