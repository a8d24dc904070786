package org.beltportal.core.system;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Keyset cursors: the sort key of a page's last item, opaque to clients (base64url). The first part names
 * the listing and its order, so a cursor handed to another listing or order is refused rather than
 * misread. Parts are text; a decoded cursor is only ever bound as SQL parameters.
 */
public final class Cursors {

    private static final String SEPARATOR = "\u001f";
    private static final int MAX_LENGTH = 400;

    private Cursors() {
    }

    public static String encode(String kind, String... parts) {
        String joined = kind + SEPARATOR + String.join(SEPARATOR, parts);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** The parts after {@code kind}, exactly {@code count} of them, or a 422 naming {@code cursor}. */
    public static List<String> decode(String cursor, String kind, int count) {
        if (cursor.length() > MAX_LENGTH) {
            throw invalid();
        }
        String joined;
        try {
            joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
        List<String> parts = Arrays.asList(joined.split(SEPARATOR, -1));
        if (parts.size() != count + 1 || !parts.getFirst().equals(kind)) {
            throw invalid();
        }
        return parts.subList(1, parts.size());
    }

    /** A part that must be a positive whole number (an id). */
    public static long id(String part) {
        try {
            long id = Long.parseLong(part);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw invalid();
    }

    private static InvalidInputException invalid() {
        return InvalidInputException.of("cursor", "is not a cursor of this listing; start again without it");
    }
}
