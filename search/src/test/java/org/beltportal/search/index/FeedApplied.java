package org.beltportal.search.index;

import java.util.concurrent.TimeUnit;

import org.beltportal.core.feed.FeedPoller;

/** For tests: returns once this node has applied every change committed so far, and it is searchable. */
public final class FeedApplied {

    private FeedApplied() {
    }

    public static void await(FeedPoller feed) {
        try {
            feed.caughtUp().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the change feed was not applied within 30 s", e);
        }
    }
}
