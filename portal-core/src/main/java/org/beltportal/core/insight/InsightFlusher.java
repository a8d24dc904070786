package org.beltportal.core.insight;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.beltportal.core.insight.internal.InsightMapper;
import org.beltportal.core.system.BackgroundPriority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every {@code portal.insight.flush-interval} takes the counts out of {@link InsightRecorder} and adds them to
 * the rollup tables (hours, query days, a belt's days per metric and of item views: {@link DayCounts}, and the
 * dashboards' belt days, belt months and platform days: {@link DailyFigures}), {@value #BATCH} rows per
 * statement, in one transaction, on a background thread of its own. A failed write rolls back and puts the counts
 * back for the next round, so the hours and every daily and monthly rollup always agree. On a graceful stop it
 * flushes once more, so only a crash loses counts: at most what one interval gathered. Once a day (and at start)
 * it purges rollups older than the retention.
 */
@Component
@EnableConfigurationProperties(InsightProperties.class)
public class InsightFlusher implements SmartLifecycle {

    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(InsightFlusher.class);

    private final InsightRecorder recorder;
    private final InsightMapper mapper;
    private final InsightProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private ScheduledExecutorService executor;
    private Instant lastPurge = Instant.MIN;

    InsightFlusher(InsightRecorder recorder, InsightMapper mapper, InsightProperties properties, Clock clock,
                   TransactionTemplate transaction) {
        this.recorder = recorder;
        this.mapper = mapper;
        this.properties = properties;
        this.clock = clock;
        this.transaction = transaction;
    }

    /** Writes what the counters hold now; returns the rows written. Also what tests call to flush at once. */
    public synchronized int flush() {
        InsightRecorder.Counts counts = recorder.drain();
        if (counts.isEmpty()) {
            return 0;
        }
        try {
            transaction.executeWithoutResult(status -> write(counts));
            return counts.hours().size() + counts.queries().size() + counts.items().size();
        } catch (RuntimeException e) {
            recorder.restore(counts);
            throw e;
        }
    }

    private void write(InsightRecorder.Counts counts) {
        batches(counts.hours()).forEach(mapper::addHours);
        batches(counts.queries()).forEach(mapper::addQueries);
        batches(counts.items()).forEach(mapper::addItems);
        batches(DayCounts.metricsOf(counts.hours())).forEach(mapper::addMetricDays);
        batches(DayCounts.itemsOf(counts.items())).forEach(mapper::addItemDays);
        List<DailyFigures> days = DailyFigures.of(counts.hours());
        batches(days).forEach(mapper::addDays);
        batches(DailyFigures.monthsOf(days)).forEach(mapper::addMonths);
        batches(DailyFigures.platformOf(days)).forEach(mapper::addPlatformDays);
    }

    /**
     * Removes rollups older than the retention: hours by their UTC start, days by date (a day's margin for zones),
     * every daily rollup before the same day.
     * The removed days are first taken off their months and the months left empty dropped, in the same transaction,
     * so a month always holds exactly the sum of its stored days and a range reads the same from either.
     */
    public synchronized int purge() {
        Instant cutoff = clock.instant().minus(properties.retention()).truncatedTo(ChronoUnit.HOURS);
        LocalDate lastDay = LocalDate.ofInstant(cutoff, ZoneOffset.UTC).minusDays(1);
        int removed = transaction.execute(status -> {
            int rows = mapper.purgeHours(cutoff);
            rows += mapper.purgeItems(cutoff);
            rows += mapper.purgeQueries(lastDay);
            List<DailyFigures> removedDays = DailyFigures.monthsOf(mapper.daySumsBefore(lastDay));
            batches(removedDays.stream().map(DailyFigures::negated).toList()).forEach(mapper::addMonths);
            rows += mapper.purgeDays(lastDay);
            rows += mapper.purgeMetricDays(lastDay);
            rows += mapper.purgeItemDays(lastDay);
            rows += mapper.purgeMonths(lastDay.withDayOfMonth(1));
            return rows + mapper.purgePlatformDays(lastDay);
        });
        lastPurge = clock.instant();
        return removed;
    }

    private void round() {
        try {
            flush();
            if (Duration.between(lastPurge, clock.instant()).compareTo(Duration.ofDays(1)) >= 0) {
                purge();
            }
        } catch (RuntimeException e) {
            log.warn("writing insight counts failed; they are kept for the next flush", e);
        }
    }

    private static <T> List<List<T>> batches(List<T> rows) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += BATCH) {
            batches.add(rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
        return batches;
    }

    @Override
    public synchronized void start() {
        if (!properties.enabled()) {
            return;
        }
        long interval = properties.flushInterval().toMillis();
        executor = Executors.newSingleThreadScheduledExecutor(BackgroundPriority.thread("insight-flusher"));
        executor.scheduleWithFixedDelay(this::round, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = executor;
            executor = null;
        }
        if (running == null) {
            return;
        }
        running.shutdown();
        try {
            running.awaitTermination(10, TimeUnit.SECONDS);
            flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("the last insight flush before stopping failed; up to one interval of counts is lost", e);
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    /**
     * Stops (phases stop from the highest down) after the web server has drained and stopped (its lifecycles sit
     * at DEFAULT_PHASE - 1024 and - 2048), so the counts of the last requests are in the last flush.
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
