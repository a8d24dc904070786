package org.beltportal.search.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Pinyin spellings, for buyers who type {@code wazi}, {@code wz} or {@code lian衣裙} on a phone. A title
 * gives, per Han word (as smartcn segments it), its full toneless pinyin with the word ({@code "wazi 袜子"}:
 * suggestions read the spelling, correction the word it spells) and its initials ({@code wz}), and per
 * pair of adjacent Han characters the pair's syllables ({@code "wa'zi"}): the pinyin counterpart of the
 * recall chain's bigrams, which a query spelled in pinyin must all match. ICU's Han-Latin transform
 * (through {@link HanTables}) picks one reading for characters with several; queries are read with the same
 * table, so a query written in characters and one written in pinyin meet.
 */
public final class Pinyin {

    /** Separates the two syllables of a pair term, as a pinyin apostrophe does: xi'an is not xian. */
    public static final char SYLLABLE_BREAK = '\'';

    /** Pinyin forms of one word: {@code full} like "wazi", {@code initials} like "wz", and the word itself. */
    public record Forms(String full, String initials, String word) {

        /** The term of the pinyin field: the spelling, a space, the word it spells. */
        public String spelledWord() {
            return full + " " + word;
        }
    }

    private Pinyin() {
    }

    /** A compound smartcn cuts up is still one word to a buyer: 船袜 is cut 船 + 袜, 防晒衣 防 + 晒 + 衣. */
    static final int MAX_COMPOUND = 4;

    /**
     * Forms of each Han word of {@code words} (as {@link Words#of} cuts a text), and of each run of adjacent Han
     * words that together are at most {@link #MAX_COMPOUND} characters, without repeats: buyers type the initials
     * and spell-slip the compound ({@code cw}, {@code sjbb}, 船娃), not smartcn's pieces.
     */
    public static List<Forms> of(List<String> words) {
        List<Forms> spelled = words.stream().map(Pinyin::of).toList();
        Set<Forms> forms = new LinkedHashSet<>();
        for (int first = 0; first < words.size(); first++) {
            if (!spelled.get(first).full().isEmpty()) {
                forms.add(spelled.get(first));
            }
            Forms compound = spelled.get(first);
            boolean startsHan = allHan(words.get(first), compound);
            for (int next = first + 1; startsHan && next < words.size() && allHan(words.get(next), spelled.get(next))
                    && compound.word().length() + words.get(next).length() <= MAX_COMPOUND; next++) {
                Forms piece = spelled.get(next);
                compound = new Forms(compound.full() + piece.full(), compound.initials() + piece.initials(),
                        compound.word() + piece.word());
                forms.add(compound);
            }
        }
        return List.copyOf(forms);
    }

    private static boolean allHan(String word, Forms spelled) {
        return !spelled.full().isEmpty() && spelled.word().length() == word.length();
    }

    /** The spelling of the word's Han characters; empty forms for a word without any. */
    public static Forms of(String word) {
        StringBuilder full = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        StringBuilder han = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            String syllable = HanTables.pinyin(word.charAt(i));
            if (syllable != null) {
                full.append(syllable);
                initials.append(syllable.charAt(0));
                han.append(HanTables.simplified(word.charAt(i)));
            }
        }
        return new Forms(full.toString(), initials.toString(), han.toString());
    }

    /** The syllable pairs of each run of Han characters in {@code text}, without repeats ("lian'yi", "yi'qun"). */
    public static Set<String> pairs(String text) {
        Set<String> pairs = new LinkedHashSet<>();
        String previous = null;
        for (int i = 0; i < text.length(); i++) {
            String syllable = HanTables.pinyin(text.charAt(i));
            if (previous != null && syllable != null) {
                pairs.add(pair(previous, syllable));
            }
            previous = syllable;
        }
        return pairs;
    }

    public static String pair(String first, String second) {
        return first + SYLLABLE_BREAK + second;
    }

    /** The toneless syllable of one Han character, or null for any other character. */
    public static String syllable(char c) {
        return HanTables.pinyin(c);
    }
}
