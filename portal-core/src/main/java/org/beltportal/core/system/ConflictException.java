package org.beltportal.core.system;

/** The change collides with existing state (a taken slug, SKU or host). Answered with 409. */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String message) {
        this(null, message);
    }

    /** A collision on one field of the input ({@code slug}, {@code hosts}), so a form can show it beside that field. */
    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field that collides, or null when the collision is not one field's. */
    public String field() {
        return field;
    }
}
