package org.beltportal.search.analysis;

import com.ibm.icu.text.Transliterator;

/**
 * Traditional→Simplified and pinyin as lookup tables, one entry per BMP character, filled on first use
 * of each character from ICU itself (so ICU stays the source of truth). ICU's rule-based transliterators
 * cost microseconds per call; profiled index rebuilds spent half their time in them, while a catalogue
 * uses a few thousand distinct characters. Filling races are harmless: every thread writes the same value.
 * Phrase-level rules (a handful of multi-character Traditional words) are not applied; character mapping
 * is what search needs.
 */
final class HanTables {

    private static final char UNKNOWN = 0;
    private static final String NO_PINYIN = "";
    private static final char[] SIMPLIFIED = new char[0x10000];
    private static final String[] PINYIN = new String[0x10000];
    /** ICU does not promise that a Transliterator is safe to share between threads. */
    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));
    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower"));

    private HanTables() {
    }

    /**
     * The Simplified form of a character; the character itself when it has none (or is not Han). The
     * table answers for every character seen before, Han or not, so the hot path is one array read.
     */
    static char simplified(char c) {
        char mapped = SIMPLIFIED[c];
        if (mapped == UNKNOWN) {
            mapped = isHan(c) ? simplifiedByIcu(c) : c;
            SIMPLIFIED[c] = mapped;
        }
        return mapped;
    }

    private static char simplifiedByIcu(char c) {
        String simple = TO_SIMPLIFIED.get().transliterate(String.valueOf(c));
        return simple.length() == 1 ? simple.charAt(0) : c;
    }

    /** Toneless lowercase pinyin of a Han character ("wa" for 袜 and 襪), or null. */
    static String pinyin(char c) {
        String latin = PINYIN[c];
        if (latin == null) {
            latin = isHan(c) ? TO_LATIN.get().transliterate(String.valueOf(simplified(c))).replaceAll("[^a-z]", "") : NO_PINYIN;
            PINYIN[c] = latin;
        }
        return latin.isEmpty() ? null : latin;
    }

    static String simplified(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(simplified(text.charAt(i)));
        }
        return out.toString();
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
