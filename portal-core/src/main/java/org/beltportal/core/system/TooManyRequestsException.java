package org.beltportal.core.system;

import java.time.Duration;

/** The caller went over a rate limit. Answered with 429 and a Retry-After of {@link #retryAfterSeconds()}. */
public class TooManyRequestsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyRequestsException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, rounded up and at least 1, as the Retry-After header wants them. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
