package org.beltportal.core.campaign;

/**
 * Writes iCalendar (RFC 5545) content lines: CRLF endings, lines folded at 75 octets without splitting a
 * UTF-8 character, and TEXT values escaped ({@code \\ ; ,} and newlines).
 */
final class IcsLines {

    private static final int MAX_OCTETS = 75;

    private final StringBuilder out = new StringBuilder();

    /** A property whose value is already in iCalendar syntax (dates, rules, URIs, offsets). */
    IcsLines raw(String name, String value) {
        String line = name + ":" + value;
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = utf8Length(codePoint);
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1; // the leading space of a continuation line counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
        return this;
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    /** A TEXT property; absent values are left out. */
    IcsLines text(String name, String value) {
        return value == null || value.isBlank() ? this : raw(name, escape(value));
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
