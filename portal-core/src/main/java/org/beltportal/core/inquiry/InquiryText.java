package org.beltportal.core.inquiry;

import java.text.Normalizer;

/**
 * How buyer-typed text is cleaned before it is checked and stored: NFC (so "é" typed two ways is one
 * string), CR/LF to LF, control characters dropped (tabs and line breaks kept only where lines make
 * sense), bidi overrides dropped (they make an operator's screen lie about what was sent), edges stripped.
 */
final class InquiryText {

    private InquiryText() {
    }

    /** One line of text, or null when nothing is left. */
    static String line(String value) {
        return clean(value, false, Normalizer.Form.NFC);
    }

    /** Text that may span lines, or null when nothing is left. */
    static String lines(String value) {
        return clean(value, true, Normalizer.Form.NFC);
    }

    /**
     * A phone number or email address: NFKC also folds the full-width digits, "＋" and "＠" a Chinese
     * input method types into their ASCII forms.
     */
    static String contact(String value) {
        return clean(value, false, Normalizer.Form.NFKC);
    }

    /**
     * Whether every character is one a person can type: no half of a surrogate pair (JSON can carry one,
     * and the database refuses it), no noncharacter, no U+FFFD (what a servlet container makes of bytes
     * that were not UTF-8).
     */
    static boolean isWellFormed(String value) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if ((c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFD || (c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    static int length(String value) {
        return value == null ? 0 : value.codePointCount(0, value.length());
    }

    private static String clean(String value, boolean multiline, Normalizer.Form form) {
        if (value == null) {
            return null;
        }
        String normalised = Normalizer.normalize(value, form).replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(normalised.length());
        normalised.codePoints().forEach(c -> {
            if (c == '\n' || c == '\t') {
                out.append(multiline ? (char) c : ' ');
            } else if (!Character.isISOControl(c) && !isBidiControl(c)) {
                out.appendCodePoint(c);
            }
        });
        String stripped = out.toString().strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
