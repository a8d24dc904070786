package org.beltportal.admin.console.catalogue;

/** Search text as the lists take it: trimmed, and cut (not refused) past a length no name reaches. */
final class SearchText {

    static final int MAX = 100;

    private SearchText() {
    }

    static String of(String typed) {
        String text = typed == null ? "" : typed.strip();
        return text.length() > MAX ? text.substring(0, MAX) : text;
    }
}
