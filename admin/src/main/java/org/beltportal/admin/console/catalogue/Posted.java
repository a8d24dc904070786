package org.beltportal.admin.console.catalogue;

import java.util.List;

import org.springframework.util.MultiValueMap;

/** Reading a posted form: fields as typed, repeated fields in their order, numbers people typed. */
final class Posted {

    private Posted() {
    }

    /** The field's first value, "" when it was not sent. */
    static String text(MultiValueMap<String, String> posted, String field) {
        String value = posted.getFirst(field);
        return value == null ? "" : value;
    }

    /** Every value of a repeated field, in the order the form sent them. */
    static List<String> all(MultiValueMap<String, String> posted, String field) {
        List<String> values = posted.get(field);
        return values == null ? List.of() : values.stream().map(value -> value == null ? "" : value).toList();
    }

    /** A whole number as typed (spaces around it ignored); blank is null, anything else a problem of {@code field}. */
    static Integer whole(String typed, String field, FormErrors errors) {
        if (typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException notWhole) {
            errors.add(field, "must be a whole number");
            return null;
        }
    }

    /** An id from a select or a URL: null when absent or not a number, which then matches nothing. */
    static Long id(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(typed.strip());
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }
}
