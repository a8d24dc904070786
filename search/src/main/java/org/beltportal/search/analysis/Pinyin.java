package org.beltportal.search.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Pinyin spellings of a title's words, for buyers who type {@code wazi} or {@code wz} on a phone:
 * each Han word (as smartcn segments it) gives its full pinyin without tones or spaces and its initials.
 * ICU's Han-Latin transform (through {@link HanTables}) picks one reading for characters with several;
 * good enough for suggestions.
 */
public final class Pinyin {

    /** Pinyin forms of one word: {@code full} like "wazi", {@code initials} like "wz". */
    public record Forms(String full, String initials) {
    }

    private Pinyin() {
    }

    /** Forms of each Han word of {@code words} (as {@link Words#of} cuts a text), without repeats. */
    public static List<Forms> of(List<String> words) {
        Set<Forms> forms = new LinkedHashSet<>();
        for (String word : words) {
            Forms spelled = of(word);
            if (!spelled.full().isEmpty()) {
                forms.add(spelled);
            }
        }
        return List.copyOf(forms);
    }

    /** The spelling of the word's Han characters; empty forms for a word without any. */
    static Forms of(String word) {
        StringBuilder full = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            String syllable = HanTables.pinyin(word.charAt(i));
            if (syllable != null) {
                full.append(syllable);
                initials.append(syllable.charAt(0));
            }
        }
        return new Forms(full.toString(), initials.toString());
    }
}
