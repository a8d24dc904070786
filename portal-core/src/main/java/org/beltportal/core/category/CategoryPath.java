package org.beltportal.core.category;

import java.util.ArrayList;
import java.util.List;

import org.beltportal.core.system.InvalidInputException;

/** A parsed category path: 1 to 5 trimmed, non-empty names joined by "/". */
public record CategoryPath(List<String> names) {

    static final int MAX_DEPTH = 5;
    static final int MAX_NAME = 60;

    public static CategoryPath parse(String field, String path) {
        if (path == null || path.isBlank()) {
            throw InvalidInputException.of(field, "is required");
        }
        List<String> names = new ArrayList<>();
        for (String part : path.split("/")) {
            String name = part.strip();
            if (name.isEmpty() || name.length() > MAX_NAME) {
                throw InvalidInputException.of(field, "each level must have 1 to " + MAX_NAME + " characters");
            }
            names.add(name);
        }
        if (names.size() > MAX_DEPTH) {
            throw InvalidInputException.of(field, "at most " + MAX_DEPTH + " levels");
        }
        return new CategoryPath(List.copyOf(names));
    }

    /** The path of the first {@code depth} levels, e.g. prefix(2) of 服装/童装/连衣裙 is 服装/童装. */
    public String prefix(int depth) {
        return String.join("/", names.subList(0, depth));
    }

    @Override
    public String toString() {
        return prefix(names.size());
    }
}
