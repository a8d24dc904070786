package org.beltportal.core.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.beltportal.core.system.BackgroundPriority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This node's follower of the change feed: one background thread ({@code change-feed}, {@link BackgroundPriority})
 * that every {@code pollInterval}, or at once when this node commits a change, applies new rows to the
 * every-node appliers ({@link TailingConsumer}), drains rows for the apply-once appliers if there are any
 * ({@link DrainingConsumer}), and now and then purges old rows ({@link FeedRetention}).
 */
@Component
@EnableConfigurationProperties(FeedProperties.class)
public class FeedPoller implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);
    private static final Duration QUIET_LOGGING = Duration.ofMinutes(1);

    private final FeedSignal signal;
    private final FeedProperties properties;
    private final TailingConsumer tail;
    private final ObjectProvider<FeedApplier> appliers;
    private final TransactionTemplate transaction;
    private volatile DrainingConsumer drain;
    private final FeedRetention retention;
    private final FeedRows rows;
    private final Clock clock;
    private volatile Thread thread;
    private Instant lastFailureLogged = Instant.MIN;

    FeedPoller(FeedRows rows, ChangeFeed feed, FeedSignal signal, FeedProperties properties,
               ObjectProvider<FeedApplier> appliers, ObjectProvider<FeedPosition> position,
               ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.rows = rows;
        this.signal = signal;
        this.properties = properties;
        this.clock = clock;
        this.appliers = appliers;
        this.transaction = transaction;
        this.tail = new TailingConsumer(rows, feed, () -> appliersOf(FeedApplier.Scope.EVERY_NODE),
                () -> position.getIfAvailable(InMemoryPosition::new), events, clock, properties.gapTimeout(),
                properties.batchSize());
        this.retention = new FeedRetention(rows, properties, clock);
    }

    /** First of the start-up listeners: the index's own start reads the database after this took the head. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        tail.start();
        List<FeedApplier> once = appliersOf(FeedApplier.Scope.ONCE);
        drain = once.isEmpty() ? null : new DrainingConsumer(rows, transaction, once, clock, properties.batchSize());
        thread = BackgroundPriority.thread("change-feed").newThread(this::run);
        thread.start();
    }

    private List<FeedApplier> appliersOf(FeedApplier.Scope scope) {
        return appliers.orderedStream().filter(applier -> applier.scope() == scope).toList();
    }

    /**
     * Marks every row committed so far as drained without applying it, for an apply-once applier about to read
     * everything from the database anyway (a new shared index filled from the catalogue): rows it would only
     * apply again, up to a day of them after a switch from the embedded backend. Returns how many.
     */
    public int skipUndrained() {
        int skipped = rows.markDrainedUpTo(rows.head(), clock.instant());
        if (skipped > 0) {
            log.info("{} change feed rows marked drained: the index that drains them is filled from the database", skipped);
        }
        return skipped;
    }

    /** Whether rows after {@code position} are all still in the feed (none purged), so following it is enough. */
    public boolean retainsAfter(long position) {
        return rows.oldest().map(oldest -> oldest <= position + 1).orElse(false);
    }

    /** Completes once every one of these rows has been applied on this node (this node's import batches wait so). */
    public CompletableFuture<Void> whenApplied(List<Long> ids) {
        return CompletableFuture.allOf(ids.stream().map(tail::whenApplied).toArray(CompletableFuture[]::new));
    }

    /**
     * Completes once every row committed before this call has been applied on this node and, when something
     * shared is drained (a search cluster), drained by some node: then it is searchable wherever it is searched.
     * The drain is awaited after this node's pass, within the same poll: the feed thread completes it last.
     */
    public CompletableFuture<Void> caughtUp() {
        CompletableFuture<Void> next = tail.nextPass();
        DrainingConsumer draining = drain;
        if (draining != null) {
            long head = rows.head();
            next = next.thenCompose(applied -> draining.whenDrainedUpTo(head));
        }
        signal.wake();
        return next;
    }

    private void run() {
        tail.warmUp();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                while (tail.pass() > 0 && !Thread.currentThread().isInterrupted()) {
                    // a full batch: more rows wait
                }
                if (drain != null) {
                    while (drain.pass() >= properties.batchSize()) {
                        // a full batch: more rows wait
                    }
                    drain.completeWaiters();
                }
                retention.purgeIfDue();
            } catch (RuntimeException e) {
                failed(e);
            }
            try {
                signal.await(properties.pollInterval());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** A database outage fails every poll: logged once a minute, not five times a second. */
    private void failed(RuntimeException e) {
        Instant now = clock.instant();
        if (lastFailureLogged.plus(QUIET_LOGGING).isBefore(now)) {
            lastFailureLogged = now;
            log.error("Following the change feed failed; retrying every {}", properties.pollInterval(), e);
        }
    }

    /** Stops before any bean is destroyed: the appliers' index must not close under a pass. */
    @EventListener(ContextClosedEvent.class)
    public void stop() throws InterruptedException {
        destroy();
    }

    @Override
    public void destroy() throws InterruptedException {
        Thread running = thread;
        if (running != null) {
            running.interrupt();
            running.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    /** Without an index to keep it, the position lives as long as the process. */
    private static final class InMemoryPosition implements FeedPosition {
        private volatile long position = -1;

        @Override
        public OptionalLong applied() {
            return position < 0 ? OptionalLong.empty() : OptionalLong.of(position);
        }

        @Override
        public void applied(long applied) {
            position = applied;
        }
    }
}
