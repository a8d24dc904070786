package org.beltportal.core.coordination;

import java.time.Duration;
import java.util.Objects;

/**
 * Background work that must not run on two nodes at once (purges, reapers): declare it as a bean and
 * {@link OneNodeJobs} runs it every {@code every} on whichever node takes its lock first.
 *
 * @param name the lock's name, unique among jobs (at most 64 characters)
 * @param every the pause between the end of one run on a node and that node's next try
 * @param lockAtMostFor how long a run may hold the lock; past it another node may run the job, so well beyond
 *        any run's real length: it only matters when the node holding the lock dies
 * @param work what one run does
 */
public record OneNodeJob(String name, Duration every, Duration lockAtMostFor, Runnable work) {

    public OneNodeJob {
        Objects.requireNonNull(work, "work");
        if (name == null || name.isBlank() || name.length() > 64) {
            throw new IllegalArgumentException("a job's lock name must have 1 to 64 characters: " + name);
        }
        if (!every.isPositive() || !lockAtMostFor.isPositive()) {
            throw new IllegalArgumentException("a job's period and lock time must be positive: " + name);
        }
    }

    /**
     * After a run ends the lock is kept until half a period after it began: a node whose schedule comes round
     * a moment after another node's run does not run the job again right away.
     */
    Duration lockAtLeastFor() {
        Duration half = every.dividedBy(2);
        return half.compareTo(lockAtMostFor) < 0 ? half : lockAtMostFor;
    }
}
