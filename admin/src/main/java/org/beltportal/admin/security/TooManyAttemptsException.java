package org.beltportal.admin.security;

import org.springframework.security.core.AuthenticationException;

/** Login refused because the throttle says wait; answered with 429 and Retry-After. */
public class TooManyAttemptsException extends AuthenticationException {

    private final long retryAfterSeconds;

    public TooManyAttemptsException(long retryAfterSeconds) {
        super("too many failed logins; try again in " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
