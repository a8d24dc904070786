package org.beltportal.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.beltportal.search.analysis.ChineseFolding;
import org.beltportal.search.analysis.Pinyin;
import org.beltportal.search.analysis.PinyinSyllables;
import org.beltportal.search.index.ProductFields;

/**
 * Did-you-mean for a query that found nothing. Candidates come from the index's own words (its {@link Vocabulary}): a run of
 * Han characters is re-spelled by sound (the same syllables, then near ones: n/l, zh/z, in/ing...) and
 * replaced by a title word of that spelling (连衣群 → 连衣裙); a run of Latin letters that reads as pinyin is
 * replaced by the word a near spelling spells ({@code nianyiqun} → 连衣裙); any other Latin word by an
 * English title word one edit away ({@code dresss} → dress), else by the word whose pinyin is one edit away
 * ({@code lianyqun}, a letter lost on a phone keyboard → 连衣裙). The index is shared by all belts, so a
 * candidate is taken only when the belt's own search finds it ({@code finds}): a word only another belt
 * knows is never offered. The work is bounded whatever the query: at most {@link #MAX_LOOKUPS} term
 * dictionary lookups and {@link #MAX_TRIED} candidate searches.
 */
final class QueryCorrector {

    static final int MAX_LOOKUPS = 64;
    static final int MAX_TRIED = 24;
    /** Words one spelling may name: homophones are few, and the first ones are enough. */
    private static final int WORDS_PER_SPELLING = 4;
    private static final int LONGEST_WINDOW = 4;
    /** Shorter letters one edit from a spelling name too many words to guess which was meant. */
    private static final int MIN_MISSPELLED_PINYIN = 5;
    /** The longest goods word spelled out (four syllables of six letters); longer letters are no one word. */
    private static final int MAX_MISSPELLED_PINYIN = 24;
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}{2,}");
    private static final Pattern LATIN_WORD = Pattern.compile("[a-z]{3,}");

    /** The analysis of the English title field (ProductIndex), to compare a typed word with its stems. */
    private static final Analyzer ENGLISH = new EnglishAnalyzer();

    /** The corrected text (null when none was found) and the work it took. */
    record Correction(String text, int lookups, int tried) {
    }

    private final Vocabulary vocabulary;
    private final Predicate<String> finds;
    private int lookups;
    private int tried;

    private QueryCorrector(Vocabulary vocabulary, Predicate<String> finds) {
        this.vocabulary = vocabulary;
        this.finds = finds;
    }

    /** {@code finds} answers whether the belt's search (with the query's filters) finds a text. */
    static Correction correct(Vocabulary vocabulary, String text, Predicate<String> finds) throws IOException {
        QueryCorrector corrector = new QueryCorrector(vocabulary, finds);
        String corrected = corrector.correct(ChineseFolding.fold(text));
        return new Correction(corrected, corrector.lookups, corrector.tried);
    }

    private String correct(String text) throws IOException {
        String found = correctHan(text);
        if (found == null) {
            found = correctLatin(text);
        }
        return found;
    }

    /** Longest windows first: replacing 连衣群 whole reads better than patching two characters of it. */
    private String correctHan(String text) throws IOException {
        Matcher run = HAN_RUN.matcher(text);
        while (run.find()) {
            for (int length = Math.min(LONGEST_WINDOW, run.end() - run.start()); length >= 2; length--) {
                for (int start = run.start(); start + length <= run.end(); start++) {
                    String window = text.substring(start, start + length);
                    List<String> syllables = syllables(window);
                    String found = syllables == null ? null : replaceBySpelling(text, start, start + length, window, syllables);
                    if (found != null || exhausted()) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    /** The window's syllables; null when a character has none (a rare character ICU does not spell, or half of a surrogate pair). */
    private static List<String> syllables(String window) {
        List<String> syllables = new ArrayList<>();
        for (char c : window.toCharArray()) {
            String syllable = Pinyin.syllable(c);
            if (syllable == null) {
                return null;
            }
            syllables.add(syllable);
        }
        return syllables;
    }

    private String correctLatin(String text) throws IOException {
        Matcher word = LATIN_WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find() && !exhausted()) {
            String letters = word.group();
            String found = null;
            for (List<String> reading : PinyinSyllables.readings(letters)) {
                if (reading.size() >= 2) {
                    found = replaceBySpelling(text, word.start(), word.end(), "", reading);
                }
                if (found != null || exhausted()) {
                    return found;
                }
            }
            found = replaceByEnglish(text, word.start(), word.end(), letters);
            if (found == null && letters.length() >= MIN_MISSPELLED_PINYIN && letters.length() <= MAX_MISSPELLED_PINYIN
                    && !exhausted()) {
                found = replaceByMisspelledPinyin(text, word.start(), word.end(), letters);
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The exact spelling of the syllables, then the spellings with one syllable swapped for a near one. */
    private String replaceBySpelling(String text, int start, int end, String original, List<String> syllables) throws IOException {
        for (String spelling : spellings(syllables)) {
            for (String word : wordsSpelled(spelling)) {
                if (!word.equals(original) && (original.isEmpty() || word.length() == original.length())) {
                    String found = tryText(text.substring(0, start) + word + text.substring(end));
                    if (found != null || exhausted()) {
                        return found;
                    }
                }
            }
            if (exhausted()) {
                return null;
            }
        }
        return null;
    }

    private static List<String> spellings(List<String> syllables) {
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(String.join("", syllables));
        for (int i = 0; i < syllables.size(); i++) {
            for (String near : PinyinSyllables.near(syllables.get(i))) {
                List<String> changed = new ArrayList<>(syllables);
                changed.set(i, near);
                spellings.add(String.join("", changed));
            }
        }
        return List.copyOf(spellings);
    }

    private List<String> wordsSpelled(String spelling) {
        lookups++;
        return vocabulary.wordsSpelled(spelling, WORDS_PER_SPELLING);
    }

    /**
     * English title words one edit from a Latin word that is not pinyin ({@code dresss} → dress). The field holds
     * stems, so the typed word is stemmed first ({@code suitase} → suitas, one edit from suitcas), and the word
     * offered keeps the typed ending ({@code suitcase}), or is the stem itself when the ending does not fit.
     */
    private String replaceByEnglish(String text, int start, int end, String letters) throws IOException {
        lookups++;
        String stem = stem(letters);
        if (stem == null) {
            return null;
        }
        for (String near : vocabulary.englishStemsNear(stem, WORDS_PER_SPELLING)) {
            String found = tryText(text.substring(0, start) + asTyped(near, letters, stem) + text.substring(end));
            if (found != null || exhausted()) {
                return found;
            }
        }
        return null;
    }

    /** The near stem with the typed word's ending ({@code balloon} + s), when that still stems to it. */
    private static String asTyped(String nearStem, String typed, String typedStem) throws IOException {
        if (!typed.startsWith(typedStem)) {
            return nearStem;
        }
        String word = nearStem + typed.substring(typedStem.length());
        return nearStem.equals(stem(word)) ? word : nearStem;
    }

    /** The word as the English title field indexes it; null for a stop word. */
    private static String stem(String word) throws IOException {
        try (TokenStream tokens = ENGLISH.tokenStream(ProductFields.TITLE_EN, word)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            String stem = tokens.incrementToken() ? term.toString() : null;
            tokens.end();
            return stem;
        }
    }

    /**
     * Title words whose spelling is one edit from letters that are no pinyin as typed: the pinyin terms
     * "spelling word" whose spelling part is within one edit ({@code lianyqun} → "lianyiqun 连衣裙").
     */
    private String replaceByMisspelledPinyin(String text, int start, int end, String letters) {
        lookups++;
        for (String word : vocabulary.wordsSpelledNear(letters, WORDS_PER_SPELLING)) {
            String found = tryText(text.substring(0, start) + word + text.substring(end));
            if (found != null || exhausted()) {
                return found;
            }
        }
        return null;
    }

    private String tryText(String candidate) {
        tried++;
        return finds.test(candidate) ? candidate : null;
    }

    private boolean exhausted() {
        return lookups >= MAX_LOOKUPS || tried >= MAX_TRIED;
    }
}
