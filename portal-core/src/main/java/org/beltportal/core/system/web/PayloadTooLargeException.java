package org.beltportal.core.system.web;

/** A request body went past the configured limit. Answered with 413. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(long limit) {
        super("request body is larger than " + limit + " bytes");
    }
}
