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
        return "%" + text.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
