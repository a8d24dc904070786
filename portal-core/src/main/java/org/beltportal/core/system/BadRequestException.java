package org.beltportal.core.system;

/** A request the server cannot act on as asked (an unknown theme, a path outside what may be edited). Answered with 400. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
