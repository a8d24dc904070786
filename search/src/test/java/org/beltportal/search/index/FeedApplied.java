package org.beltportal.search.index;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.beltportal.core.feed.FeedPoller;

/** For tests: returns once this node has applied every change committed so far, and it is searchable. */
public final class FeedApplied {

    private FeedApplied() {
    }

    public static void await(FeedPoller feed) {
        await(feed, Duration.ofSeconds(30));
    }

    /** With a bound of its own: a drain into a search cluster refreshes it each pass, slow on a busy build machine. */
    public static void await(FeedPoller feed, Duration within) {
        try {
            feed.caughtUp().get(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("the change feed was not applied within " + within, e);
        }
    }
}
