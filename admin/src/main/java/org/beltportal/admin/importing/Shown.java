package org.beltportal.admin.importing;

/**
 * A value from the file as an error message quotes it: the first {@value #MAX_CHARS} characters, so that
 * a row of huge cells cannot turn the job's error list into megabytes.
 */
final class Shown {

    static final int MAX_CHARS = 40;

    private Shown() {
    }

    static String value(String value) {
        if (value.length() <= MAX_CHARS) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return value.substring(0, end) + "…";
    }
}
