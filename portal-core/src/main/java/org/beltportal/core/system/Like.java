package org.beltportal.core.system;

/** LIKE patterns from what a person typed, with the typed wildcards escaped ('!' is the ESCAPE character). */
public final class Like {

    private Like() {
    }

    /** A pattern matching text that contains {@code text}; null when {@code text} is blank (no condition). */
    public static String containing(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // '!' rather than '\\': it means the same in MySQL and H2 literals.
        return "%" + text.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
