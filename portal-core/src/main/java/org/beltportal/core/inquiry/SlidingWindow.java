package org.beltportal.core.inquiry;

import java.time.Duration;
import java.time.Instant;

/**
 * The times (epoch milliseconds) of the last {@code limit} accepted events of one key, in a ring, oldest
 * at {@code oldest}. One more event is allowed when fewer than {@code limit} happened in the window
 * before it. Not thread-safe: {@link InquiryRateLimiter} holds its lock around every use.
 */
final class SlidingWindow {

    private final long[] times;
    private final long windowMillis;
    private int oldest;
    private int count;

    SlidingWindow(int limit, Duration window) {
        this.times = new long[limit];
        this.windowMillis = window.toMillis();
    }

    /** How long until one more event fits; zero when it fits now. */
    Duration waitAt(Instant now) {
        if (count < times.length) {
            return Duration.ZERO;
        }
        long wait = times[oldest] + windowMillis - now.toEpochMilli();
        return wait > 0 ? Duration.ofMillis(wait) : Duration.ZERO;
    }

    void record(Instant now) {
        long millis = now.toEpochMilli();
        if (count < times.length) {
            times[(oldest + count) % times.length] = millis;
            count++;
        } else {
            // The oldest time falls out; its slot, now the newest, takes this event.
            times[oldest] = millis;
            oldest = (oldest + 1) % times.length;
        }
    }
}
