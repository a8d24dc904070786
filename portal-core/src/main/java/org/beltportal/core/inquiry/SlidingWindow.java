package org.beltportal.core.inquiry;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * The times (epoch milliseconds) of the last {@code limit} accepted events of one key, oldest first: the state a
 * {@link InquiryRateLimiter} window keeps in the shared limit store. One more event is allowed when fewer than
 * {@code limit} happened in the window before it.
 */
final class SlidingWindow {

    private final int limit;
    private final long windowMillis;
    private long[] times;

    SlidingWindow(int limit, Duration window, long[] stored) {
        this.limit = limit;
        this.windowMillis = window.toMillis();
        // A limit lowered since the times were stored: only the newest count.
        this.times = stored.length > limit ? Arrays.copyOfRange(stored, stored.length - limit, stored.length) : stored;
    }

    /** How long until one more event fits; zero when it fits now. */
    Duration waitAt(Instant now) {
        if (times.length < limit) {
            return Duration.ZERO;
        }
        long wait = times[times.length - limit] + windowMillis - now.toEpochMilli();
        return wait > 0 ? Duration.ofMillis(wait) : Duration.ZERO;
    }

    /** Adds the event; the oldest time falls out when the window already held {@code limit}. */
    void record(Instant now) {
        long[] next = Arrays.copyOfRange(times, times.length < limit ? 0 : 1, times.length + 1);
        next[next.length - 1] = now.toEpochMilli();
        times = next;
    }

    long[] times() {
        return times.clone();
    }
}
