package org.beltportal.core.system;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects every problem of one input before failing, so a client learns all of them in one answer.
 * Used by the domain services for the rules Bean Validation cannot express on its own.
 */
public final class Problems {

    private final List<FieldProblem> found = new ArrayList<>();

    public Problems require(boolean condition, String field, String message) {
        if (!condition) {
            found.add(new FieldProblem(field, message));
        }
        return this;
    }

    public Problems text(String value, String field, int maxLength, boolean required) {
        if (value == null || value.isBlank()) {
            return require(!required, field, "is required");
        }
        return require(value.length() <= maxLength, field, "must be at most " + maxLength + " characters");
    }

    public Problems matches(String value, Pattern pattern, String field, String message) {
        return require(value == null || pattern.matcher(value).matches(), field, message);
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
