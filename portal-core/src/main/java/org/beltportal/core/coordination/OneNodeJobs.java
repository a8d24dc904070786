package org.beltportal.core.coordination;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.beltportal.core.system.BackgroundPriority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link OneNodeJob} bean on a background thread of this node, each run only while holding the job's
 * lock in the {@code shedlock} table (ShedLock, with the database's clock so the nodes' clocks need not agree):
 * every node tries on its own schedule, and a node that finds the lock held skips that round. A node that dies
 * mid-run holds the lock until the job's {@code lockAtMostFor} has passed; then another node takes over.
 */
@Component
public class OneNodeJobs implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OneNodeJobs.class);

    private final List<OneNodeJob> jobs;
    private final LockProvider locks;
    private final Clock clock;
    private ScheduledExecutorService executor;

    OneNodeJobs(List<OneNodeJob> jobs, LockProvider locks, Clock clock) {
        this.jobs = List.copyOf(jobs);
        this.locks = locks;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(BackgroundPriority.thread("one-node-jobs"));
        for (OneNodeJob job : jobs) {
            long period = job.every().toMillis();
            executor.scheduleWithFixedDelay(() -> runIfFree(job), period, period, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * One round of {@code job}: runs it when no node holds its lock, else does nothing.
     *
     * @return whether it ran here
     */
    public boolean runIfFree(OneNodeJob job) {
        try {
            Optional<SimpleLock> lock = locks.lock(new LockConfiguration(clock.instant(), job.name(), job.lockAtMostFor(), job.lockAtLeastFor()));
            if (lock.isEmpty()) {
                log.debug("{} is running on another node; skipped here", job.name());
                return false;
            }
            try {
                job.work().run();
            } finally {
                lock.get().unlock();
            }
            return true;
        } catch (RuntimeException e) {
            // The next round tries again; a failing purge must not stop the thread every job shares.
            log.warn("background job {} failed; trying again in {}", job.name(), job.every(), e);
            return false;
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
