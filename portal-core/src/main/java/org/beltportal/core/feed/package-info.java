/**
 * The change feed (decision 0043): how a committed change reaches every node. {@link
 * org.beltportal.core.feed.ChangeFeed} writes one {@code change_feed} row per change in the change's own
 * transaction; {@link org.beltportal.core.feed.FeedPoller} tails the table on every node and hands each row to the
 * {@link org.beltportal.core.feed.FeedApplier}s (the search index), then publishes {@link
 * org.beltportal.core.feed.ChangeArrived} for the caches of what visitors see. {@link
 * org.beltportal.core.feed.DrainingConsumer} is the other way to consume it: each row applied once across nodes,
 * for a search cluster shared by all of them; {@link org.beltportal.core.feed.DeadLetters} keeps the products whose
 * document that cluster refused, so the drain goes on past them (decision 0054).
 */
package org.beltportal.core.feed;
