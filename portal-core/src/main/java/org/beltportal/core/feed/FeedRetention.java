package org.beltportal.core.feed;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes feed rows past the retention, on one node at a time (decision 0043): a node purges only while it holds
 * the lease row {@code change_feed_purge}, which it takes once the last holder's lease has run out and keeps for
 * one purge interval. Self-contained on purpose: one conditional UPDATE, on H2 and MariaDB alike.
 */
class FeedRetention {

    static final int DELETE_STEP = 5000;
    private static final Logger log = LoggerFactory.getLogger(FeedRetention.class);

    private final FeedRows rows;
    private final FeedProperties properties;
    private final Clock clock;
    private final String holder = UUID.randomUUID().toString();
    private Instant nextPurge;

    FeedRetention(FeedRows rows, FeedProperties properties, Clock clock) {
        this.rows = rows;
        this.properties = properties;
        this.clock = clock;
        this.nextPurge = clock.instant();
    }

    /** Purges when a purge interval has passed on this node and no other node holds the lease; returns rows deleted. */
    long purgeIfDue() {
        Instant now = clock.instant();
        if (now.isBefore(nextPurge)) {
            return 0;
        }
        nextPurge = now.plus(properties.purgeInterval());
        if (!rows.takePurgeLease(holder, now, now.plus(properties.purgeInterval()))) {
            return 0;
        }
        long deleted = rows.purgeBefore(now.minus(properties.retention()), DELETE_STEP);
        if (deleted > 0) {
            log.info("Change feed: {} rows older than {} deleted", deleted, properties.retention());
        }
        return deleted;
    }
}
