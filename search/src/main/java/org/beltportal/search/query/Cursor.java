package org.beltportal.search.query;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.SortField;
import org.beltportal.core.system.InvalidInputException;

/**
 * Opaque page cursors: the sort values of the last hit (the product id is always the final one, so the
 * order is total and stable while the index changes), with the sort they belong to.
 */
public final class Cursor {

    private static final String VERSION = "c1";

    private Cursor() {
    }

    static String encode(SearchSort sort, FieldDoc last) {
        return encode(sort, last.fields);
    }

    /** The cursor after a hit with these sort values (a Float score or Long values), for either backend. */
    public static String encode(SearchSort sort, Object[] values) {
        StringBuilder text = new StringBuilder(VERSION).append('|').append(sort.name());
        for (Object value : values) {
            text.append('|').append(value instanceof Float ? "f" + Float.floatToIntBits((Float) value) : "l" + value);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The FieldDoc to search after, or null without a cursor; an invalid-input error naming {@code cursor} for
     * anything {@link #encode} could not have written for this sort: Lucene itself fails with an exception on
     * a value of the wrong kind or count. Lucene breaks ties on equal sort values by doc id; the product id
     * makes the values unique, so the only doc with equal values is the last hit itself, and the highest doc
     * id keeps it behind us.
     */
    static FieldDoc decode(String cursor, SearchSort sort, int maxDoc) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        return new FieldDoc(maxDoc - 1, Float.NaN, values(cursor, sort));
    }

    /**
     * The sort values a cursor holds (a Float score, Long values), checked as {@link #decode} checks them; null
     * without a cursor. The OpenSearch backend hands them to {@code search_after}.
     */
    public static Object[] values(String cursor, SearchSort sort) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        SortField[] fields = ProductQueries.sortOf(sort).getSort();
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != fields.length + 2 || !parts[0].equals(VERSION) || !parts[1].equals(sort.name())) {
                throw invalid();
            }
            Object[] values = new Object[fields.length];
            for (int i = 0; i < fields.length; i++) {
                values[i] = value(parts[i + 2], fields[i].getType());
            }
            return values;
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** A score as its float bits, any other sort value a long; no score, price, MOQ, date or id is negative. */
    private static Object value(String part, SortField.Type type) {
        if (type == SortField.Type.SCORE && part.startsWith("f")) {
            float score = Float.intBitsToFloat(Integer.parseInt(part.substring(1)));
            if (Float.isFinite(score) && score >= 0) {
                return score;
            }
        } else if (type == SortField.Type.LONG && part.startsWith("l")) {
            long value = Long.parseLong(part.substring(1));
            if (value >= 0) {
                return value;
            }
        }
        throw invalid();
    }

    private static InvalidInputException invalid() {
        return InvalidInputException.of("cursor", "is not a cursor of this search; start again without it");
    }
}
