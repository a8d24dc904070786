package org.beltportal.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.ibm.icu.text.Transliterator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Pinyin spellings of a title's words, for buyers who type {@code wazi} or {@code wz} on a phone:
 * each Han word (as smartcn segments it) gives its full pinyin without tones or spaces and its initials.
 * ICU's Han-Latin transform picks one reading for characters with several; good enough for suggestions.
 */
public final class Pinyin {

    /** Pinyin forms of one word: {@code full} like "wazi", {@code initials} like "wz". */
    public record Forms(String full, String initials) {
    }

    private static final Analyzer WORDS = new SegmentedAnalyzer();
    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower"));

    private Pinyin() {
    }

    public static List<Forms> ofWords(String text) {
        Set<Forms> forms = new LinkedHashSet<>();
        for (String word : words(text)) {
            if (word.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                forms.add(of(word));
            }
        }
        return List.copyOf(forms);
    }

    static Forms of(String word) {
        String[] syllables = TO_LATIN.get().transliterate(word).strip().split("\\s+");
        StringBuilder full = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        for (String syllable : syllables) {
            String letters = syllable.replaceAll("[^a-z]", "");
            if (!letters.isEmpty()) {
                full.append(letters);
                initials.append(letters.charAt(0));
            }
        }
        return new Forms(full.toString(), initials.toString());
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = WORDS.tokenStream("pinyin", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
