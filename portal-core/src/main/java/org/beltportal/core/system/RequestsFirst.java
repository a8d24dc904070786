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
 * batches a job calls {@link #pause()}: while more requests are in flight than the cores serve without
 * queueing, or any thread waits for a database connection, the job waits, at most {@code maxPause} per call
 * so that it always progresses. Without it, an import at a festival's peak took the CPU and connections the
 * requests needed and the backlog never drained (the festival-spike soak in docs/benchmarks.md): a job may
 * take minutes longer; a buyer should not wait seconds.
 */
@Component
@EnableConfigurationProperties(BackgroundProperties.class)
public class RequestsFirst {

    private static final long STEP_MILLIS = 20;

    private final RequestsInFlight requests;
    private final DataSource dataSource;
    private final int busyRequests;
    private final Duration maxPause;

    public RequestsFirst(RequestsInFlight requests, DataSource dataSource, BackgroundProperties properties) {
        this.requests = requests;
        this.dataSource = dataSource;
        this.busyRequests = properties.busyRequestsPerCore() * Runtime.getRuntime().availableProcessors();
        this.maxPause = properties.maxPause();
    }

    /** Waits while the node is busy with requests, up to the longest pause; returns how long it waited. */
    public Duration pause() {
        long started = System.nanoTime();
        long deadline = started + maxPause.toNanos();
        try {
            while (busy() && System.nanoTime() < deadline) {
                Thread.sleep(STEP_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Duration.ofNanos(System.nanoTime() - started);
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
