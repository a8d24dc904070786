package org.beltportal.core.system;

/** The caller is known but holds no role that allows this on this tenant. Answered with 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
