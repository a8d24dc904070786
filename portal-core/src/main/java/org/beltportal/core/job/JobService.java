package org.beltportal.core.job;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.tenant.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Starts jobs on a small pool and keeps their progress in the database. A job's work returns a short
 * summary on success; an exception fails it with a generic message (the cause goes to the log).
 */
@Service
public class JobService implements DisposableBean {

    public static final int MAX_STORED_ERRORS = 1000;
    static final int THREADS = 2;
    /** A job that has not reported for this long lost its node; progress is written every half second. */
    static final Duration STALE = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(JobService.class);

    private final JobMapper mapper;
    private final Clock clock;
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS,
            Thread.ofPlatform().name("job-", 1).daemon().factory());

    public JobService(JobMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    public Job require(long id) {
        return mapper.findById(id).orElseThrow(() -> new NotFoundException("no job " + id));
    }

    /**
     * Records a queued job and runs {@code work} in the background; returns the queued job at once.
     * {@code tenantId} is null for platform-wide jobs.
     */
    public Job start(String actor, TenantId tenantId, String kind, Function<JobProgress, String> work) {
        JobMapper.InsertRow row = new JobMapper.InsertRow(tenantId, kind, actor, clock.instant());
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
        mapper.updateProgress(id, JobState.RUNNING, processed, total, errorCount,
                errors.isEmpty() ? null : RowErrorsTypeHandler.write(errors), clock.instant());
    }

    @EventListener(ApplicationReadyEvent.class)
    void failJobsOfDeadNodes() {
        int failed = mapper.failStale(clock.instant().minus(STALE), "interrupted: its server stopped", clock.instant());
        if (failed > 0) {
            log.warn("Marked {} jobs that stopped reporting as failed", failed);
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
