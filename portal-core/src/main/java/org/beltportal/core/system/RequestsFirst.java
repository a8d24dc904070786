package org.beltportal.core.system;

import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.beltportal.core.system.web.RequestsInFlight;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Background work (imports, index rebuilds) gives the node back to buyers during a spike. Between two
 * batches a job calls {@link #pause()}, which does two things:
 * <ul>
 * <li>While the node serves requests, the job works at most {@code workShare} of the time: after a batch that
 *     took t it rests {@code t * (1 - share) / share}. Waiting only once requests queue came too late: at 70% of
 *     capacity requests rarely queue, yet an import at full speed took the CPU share the requests' latency needed
 *     (the festival-spike soak in docs/benchmarks.md, decision 0052). A node no buyer used since the previous pause
 *     does not rest (console and admin API requests do not count).</li>
 * <li>While more requests are in flight than the cores serve without queueing, or any thread waits for a
 *     database connection, the job waits. Without it, an import at a festival's peak took the CPU and
 *     connections the requests needed and the backlog never drained.</li>
 * </ul>
 * Each call waits at most {@code maxPause}, so that a job always progresses: it may take minutes longer; a buyer
 * should not wait seconds. A batch's work is the time since the same thread's previous call returned.
 */
@Component
@EnableConfigurationProperties(BackgroundProperties.class)
public class RequestsFirst {

    private static final long STEP_MILLIS = 20;

    /** A batch longer than this is a job's first on a reused thread, not work to make up for. */
    private static final long LONGEST_BATCH_NANOS = Duration.ofSeconds(30).toNanos();

    private final RequestsInFlight requests;
    private final DataSource dataSource;
    private final int busyRequests;
    private final Duration maxPause;
    private final double restPerWork;
    private final ThreadLocal<PreviousPause> previousPause = ThreadLocal.withInitial(PreviousPause::new);

    public RequestsFirst(RequestsInFlight requests, DataSource dataSource, BackgroundProperties properties) {
        this.requests = requests;
        this.dataSource = dataSource;
        this.busyRequests = properties.busyRequestsPerCore() * Runtime.getRuntime().availableProcessors();
        this.maxPause = properties.maxPause();
        this.restPerWork = (1 - properties.workShare()) / properties.workShare();
    }

    /** Rests and waits as the node's requests need, up to the longest pause; returns how long it waited. */
    public Duration pause() {
        long started = System.nanoTime();
        long deadline = started + maxPause.toNanos();
        PreviousPause previous = previousPause.get();
        try {
            long worked = started - previous.endedNanos;
            if (previous.ended && requests.buyerRequestsBegun() != previous.requestsBegun && worked < LONGEST_BATCH_NANOS) {
                long rest = Math.min((long) (worked * restPerWork), deadline - started);
                Thread.sleep(Duration.ofNanos(rest));
            }
            while (busy() && System.nanoTime() < deadline) {
                Thread.sleep(STEP_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long ended = System.nanoTime();
        previous.ended(ended, requests.buyerRequestsBegun());
        return Duration.ofNanos(ended - started);
    }

    /** A job thread's previous pause: when it ended, and how many buyers' requests had begun by then. */
    private static final class PreviousPause {
        private boolean ended;
        private long endedNanos;
        private long requestsBegun;

        void ended(long nanos, long begun) {
            ended = true;
            endedNanos = nanos;
            requestsBegun = begun;
        }
    }

    boolean busy() {
        return requests.count() >= busyRequests || threadsAwaitingConnection() > 0;
    }

    private int threadsAwaitingConnection() {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
                return pool == null ? 0 : pool.getThreadsAwaitingConnection();
            }
        } catch (SQLException e) {
            // Not a Hikari pool after all: in-flight requests alone decide.
        }
        return 0;
    }
}
