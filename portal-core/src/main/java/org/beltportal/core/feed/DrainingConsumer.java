package org.beltportal.core.feed;

import java.time.Clock;
import java.util.List;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each row applied once across all nodes, for something every node shares (a search cluster): a pass locks the
 * oldest undrained rows no other node holds ({@code SELECT ... FOR UPDATE SKIP LOCKED}), applies them, marks
 * them drained and commits. A node that dies mid-pass holds no lock any more once its connection is gone, and
 * its rows are undrained still: another node takes them (at least once; appliers re-read the database, so a
 * repeat is harmless). Nodes drain different rows at the same time, so rows are not applied in id order across
 * nodes; re-reading makes order irrelevant.
 */
public class DrainingConsumer implements ChangeFeedConsumer {

    private final FeedRows rows;
    private final TransactionTemplate transaction;
    private final List<FeedApplier> appliers;
    private final Clock clock;
    private final int batchSize;

    DrainingConsumer(FeedRows rows, TransactionTemplate transaction, List<FeedApplier> appliers, Clock clock,
                     int batchSize) {
        this.rows = rows;
        this.transaction = transaction;
        this.appliers = List.copyOf(appliers);
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** A failing applier rolls the pass back: its rows stay undrained for the next pass, on any node. */
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
}
