package org.beltportal.core.system;

/**
 * Text filters of admin lists as SQL LIKE patterns. '!' is the ESCAPE character the mappers declare:
 * unlike '\\' it means the same in MySQL and H2 literals.
 */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** A pattern matching values that contain {@code text}, its own % and _ escaped; null for no filter. */
    public static String containing(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + escaped(text.strip()) + "%";
    }

    /** {@code text} with its own %, _ and ! escaped, to match itself inside a pattern. */
    public static String escaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
