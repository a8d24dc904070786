package org.beltportal.core.feed;

/**
 * One way of consuming the feed: {@link TailingConsumer} (every node applies every row, from its own position)
 * or {@link DrainingConsumer} (each row applied once across all nodes, under row locks).
 */
public interface ChangeFeedConsumer {

    /** Applies what is there to apply now; returns how many rows were applied. */
    int pass();
}
