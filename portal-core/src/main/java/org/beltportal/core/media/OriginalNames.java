package org.beltportal.core.media;

/**
 * The name an upload had on the operator's computer, kept only to help them find it again: the last path
 * segment, without control characters, at most 200 characters. It never names a stored file.
 */
final class OriginalNames {

    static final int MAX = 200;

    private OriginalNames() {
    }

    static String clean(String name) {
        String base = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String clean = base.replaceAll("\\p{Cntrl}", "").strip();
        if (clean.isEmpty()) {
            return "upload";
        }
        return clean.codePointCount(0, clean.length()) <= MAX ? clean : clean.substring(0, clean.offsetByCodePoints(0, MAX));
    }
}
