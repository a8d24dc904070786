package org.beltportal.core.system;

/** The change collides with existing state (a taken slug, SKU or host). Answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
