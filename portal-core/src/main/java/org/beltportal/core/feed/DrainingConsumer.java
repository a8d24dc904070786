package org.beltportal.core.feed;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each row applied once across all nodes, for something every node shares (a search cluster): a pass locks the
 * oldest undrained rows no other node holds ({@code SELECT ... FOR UPDATE SKIP LOCKED}), applies them, marks
 * them drained and commits. A node that dies mid-pass holds no lock any more once its connection is gone, and
 * its rows are undrained still: another node takes them (at least once; appliers re-read the database, so a
 * repeat is harmless). Nodes drain different rows at the same time, so rows are not applied in id order across
 * nodes; re-reading makes order irrelevant. A failing row is retried at every pass and never passed over: the
 * usual failure is the cluster being away, and a change must not be lost to an outage. A document the cluster
 * refuses is not a failure of the row: the applier records it as a dead letter and returns (decision 0054).
 */
public class DrainingConsumer implements ChangeFeedConsumer {

    private final FeedRows rows;
    private final TransactionTemplate transaction;
    private final List<FeedApplier> appliers;
    private final Clock clock;
    private final int batchSize;
    /** Waiters for every row up to an id to be drained, by any node; guarded by itself. */
    private final List<Waiter> waiters = new ArrayList<>();

    DrainingConsumer(FeedRows rows, TransactionTemplate transaction, List<FeedApplier> appliers, Clock clock,
                     int batchSize) {
        this.rows = rows;
        this.transaction = transaction;
        this.appliers = List.copyOf(appliers);
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /**
     * A failing applier rolls the pass back: its rows stay undrained for the next pass, on any node. Appliers
     * flush as awaited: the node waiting for a row (an import's) may be another one, which learns only that the
     * row is drained, so a drained row must already be searchable.
     */
    @Override
    public int pass() {
        Integer drained = transaction.execute(status -> {
            List<FeedEntry> locked = rows.lockUndrained(batchSize);
            if (locked.isEmpty()) {
                return 0;
            }
            for (FeedEntry entry : locked) {
                appliers.forEach(applier -> applier.apply(entry));
            }
            appliers.forEach(applier -> applier.flush(true));
            rows.markDrained(locked.stream().map(FeedEntry::id).toList(), clock.instant());
            return locked.size();
        });
        return drained == null ? 0 : drained;
    }

    /** Completes once every row up to {@code id} has been drained, by this node or another. */
    CompletableFuture<Void> whenDrainedUpTo(long id) {
        Waiter waiter = new Waiter(id, new CompletableFuture<>());
        synchronized (waiters) {
            waiters.add(waiter);
        }
        return waiter.drained;
    }

    /** Completes the waiters whose rows are all drained now; one query, and none while nobody waits. */
    void completeWaiters() {
        List<Waiter> ready = new ArrayList<>();
        synchronized (waiters) {
            if (waiters.isEmpty()) {
                return;
            }
        }
        Optional<Long> oldest = rows.oldestUndrained();
        synchronized (waiters) {
            Iterator<Waiter> it = waiters.iterator();
            while (it.hasNext()) {
                Waiter waiter = it.next();
                if (oldest.isEmpty() || oldest.get() > waiter.upTo) {
                    ready.add(waiter);
                    it.remove();
                }
            }
        }
        ready.forEach(waiter -> waiter.drained.complete(null));
    }

    private record Waiter(long upTo, CompletableFuture<Void> drained) {
    }
}
