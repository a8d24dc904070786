-- Changes reach every node (decision 0043): one row per committed change that a node's index or page cache
-- must follow, written in the change's own transaction. Every node tails it from its own position; the id
-- orders the rows (ids may commit out of order: the tail waits a while for a missing id before passing it).
CREATE TABLE change_feed (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind        VARCHAR(16)  NOT NULL,
    tenant_id   BIGINT       NOT NULL,
    -- Product or supplier ids, comma-separated, at most 1,000 a row; empty for belt-wide changes.
    ids         TEXT         NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    -- Set by the "apply once across nodes" consumer (a shared search cluster); every-node tails ignore it.
    drained_at  DATETIME(3)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- The purge removes rows by age.
CREATE INDEX ix_change_feed_created ON change_feed (created_at);
-- The draining consumer asks for undrained rows in id order.
CREATE INDEX ix_change_feed_drain ON change_feed (drained_at, id);

-- One row: which node purges the feed, until when. A node takes the lease only once it has run out.
CREATE TABLE change_feed_purge (
    id           INT PRIMARY KEY,
    holder       VARCHAR(64),
    lease_until  DATETIME(3)  NOT NULL
);
INSERT INTO change_feed_purge (id, holder, lease_until) VALUES (1, NULL, '2000-01-01 00:00:00');
