package org.beltportal.core.system;

/** The named thing does not exist for the caller's tenant. Answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
