package org.beltportal.core.feed;

/**
 * Something a node keeps in step with the database by applying feed rows: the embedded search index. Rows come
 * in id order, a poll's worth at a time, on one thread; a row may come twice (after a restart or a retry), so
 * applying must be idempotent: re-read the database, do not replay deltas.
 */
public interface FeedApplier {

    /** Who must apply each row: every node (a node-local index) or one node of all (a shared search cluster). */
    enum Scope { EVERY_NODE, ONCE }

    void apply(FeedEntry entry);

    /**
     * Called after each poll's rows, before the position advances.
     *
     * @param awaited whether someone waits for these rows (an import batch, a check): then return only once they
     *                are visible (searchable); else they may become visible shortly after
     */
    default void flush(boolean awaited) {
    }

    /** Called once on the feed's thread before its first poll: what makes the first change slow is done here. */
    default void warmUp() {
    }

    default Scope scope() {
        return Scope.EVERY_NODE;
    }
}
