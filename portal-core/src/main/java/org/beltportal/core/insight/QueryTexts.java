package org.beltportal.core.insight;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normalised form in which a query is counted: NFKC (full-width letters and digits become ASCII),
 * lower case, runs of white space as one space, trimmed, at most {@value #MAX_LENGTH} characters (cut at a
 * code point boundary). "  Ｗａｚｉ   袜子 " and "wazi 袜子" count as one query.
 */
public final class QueryTexts {

    public static final int MAX_LENGTH = 100;

    private QueryTexts() {
    }

    /** The normalised query; "" for a query of nothing but white space. */
    public static String normalise(String query) {
        if (query == null) {
            return "";
        }
        String folded = Normalizer.normalize(query, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").strip();
        if (folded.codePointCount(0, folded.length()) <= MAX_LENGTH) {
            return folded;
        }
        return folded.substring(0, folded.offsetByCodePoints(0, MAX_LENGTH)).strip();
    }
}
