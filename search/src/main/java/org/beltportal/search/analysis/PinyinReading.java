package org.beltportal.search.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a query reads as pinyin: Latin letters cut into syllables ({@link PinyinSyllables#readings}), Han
 * characters by their own syllable, so {@code wazi}, {@code wa zi}, {@code lian衣裙} and {@code 连yi裙} all read
 * as syllables. A query is read only when it holds Latin letters and nothing but letters, Han characters,
 * spaces and apostrophes: a query in characters alone is matched exactly, never by sound.
 */
public final class PinyinReading {

    private PinyinReading() {
    }

    /** Up to {@link PinyinSyllables#MAX_READINGS} syllable sequences; none when the text does not read as pinyin. */
    public static List<List<String>> of(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!hasLatin(lower)) {
            return List.of();
        }
        List<List<String>> readings = List.of(List.of());
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
                continue;
            }
            if (!letters.isEmpty()) {
                readings = extend(readings, PinyinSyllables.readings(letters.toString()));
                letters.setLength(0);
            }
            if (c == ' ' || c == Pinyin.SYLLABLE_BREAK) {
                continue;
            }
            String syllable = Pinyin.syllable(c);
            if (syllable == null) {
                return List.of();
            }
            readings = extend(readings, List.of(List.of(syllable)));
        }
        return readings;
    }

    /** The syllables of initials like {@code lyq}: Latin letters only and no vowel, 2 to 10 of them; or null. */
    public static String initials(String text) {
        String letters = text.toLowerCase(Locale.ROOT).replace(" ", "");
        return letters.matches("[b-df-hj-np-tw-z]{2,10}") ? letters : null;
    }

    private static boolean hasLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return true;
            }
        }
        return false;
    }

    /** Every reading so far followed by every reading of the next piece, at most MAX_READINGS in all. */
    private static List<List<String>> extend(List<List<String>> readings, List<List<String>> next) {
        List<List<String>> extended = new ArrayList<>();
        for (List<String> reading : readings) {
            for (List<String> piece : next) {
                if (extended.size() < PinyinSyllables.MAX_READINGS) {
                    List<String> joined = new ArrayList<>(reading);
                    joined.addAll(piece);
                    extended.add(joined);
                }
            }
        }
        return extended;
    }
}
