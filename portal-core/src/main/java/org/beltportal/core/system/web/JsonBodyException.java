package org.beltportal.core.system.web;

import tools.jackson.core.JacksonException;

/**
 * A JSON body that could not be bound to its request type outside Spring's message converters (a merge
 * patch is bound after it is applied). Answered like a body the converter refused: 400 naming the field.
 */
public class JsonBodyException extends RuntimeException {

    public JsonBodyException(JacksonException cause) {
        super(cause.getOriginalMessage(), cause);
    }
}
