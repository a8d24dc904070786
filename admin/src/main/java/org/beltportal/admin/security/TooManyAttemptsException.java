package org.beltportal.admin.security;

import org.springframework.security.core.AuthenticationException;

/** Login refused because the user is throttled; answered with 429 and Retry-After. */
public class TooManyAttemptsException extends AuthenticationException {

    public TooManyAttemptsException(String username) {
        super("too many failed logins for " + username + "; try again later");
    }
}
