package org.beltportal.search.query;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.apache.lucene.search.FieldDoc;
import org.beltportal.core.system.InvalidInputException;

/**
 * Opaque page cursors: the sort values of the last hit (the product id is always the final one, so the
 * order is total and stable while the index changes), with the sort they belong to.
 */
final class Cursor {

    private static final String VERSION = "c1";

    private Cursor() {
    }

    static String encode(SearchSort sort, FieldDoc last) {
        StringBuilder text = new StringBuilder(VERSION).append('|').append(sort.name());
        for (Object value : last.fields) {
            text.append('|').append(value instanceof Float ? "f" + Float.floatToIntBits((Float) value) : "l" + value);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The FieldDoc to search after, or null without a cursor; an invalid-input error for a forged one.
     * Lucene breaks ties on equal sort values by doc id; the product id makes the values unique, so the
     * only doc with equal values is the last hit itself, and the highest doc id keeps it behind us.
     */
    static FieldDoc decode(String cursor, SearchSort sort, int maxDoc) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length < 3 || !parts[0].equals(VERSION) || !parts[1].equals(sort.name())) {
                throw invalid();
            }
            List<Object> values = new ArrayList<>();
            for (int i = 2; i < parts.length; i++) {
                String value = parts[i];
                values.add(switch (value.charAt(0)) {
                    case 'f' -> Float.intBitsToFloat(Integer.parseInt(value.substring(1)));
                    case 'l' -> Long.parseLong(value.substring(1));
                    default -> throw invalid();
                });
            }
            return new FieldDoc(maxDoc - 1, Float.NaN, values.toArray());
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw invalid();
        }
    }

    private static InvalidInputException invalid() {
        return InvalidInputException.of("cursor", "is not a cursor of this search; start again without it");
    }
}
