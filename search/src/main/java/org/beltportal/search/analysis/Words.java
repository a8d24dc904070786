package org.beltportal.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A title's words as the segmented chain cuts them. Segmentation is the costliest step of indexing, so a
 * document segments its title once and feeds the words both to the ranking field and to pinyin.
 */
public final class Words {

    private static final Analyzer SEGMENTED = new SegmentedAnalyzer();

    private Words() {
    }

    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = SEGMENTED.tokenStream("words", text)) {
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

    /** Already-analysed words as a token stream, for a field indexed from them. */
    public static TokenStream tokens(List<String> words) {
        return new TokenStream() {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
            private Iterator<String> next;

            @Override
            public void reset() throws IOException {
                super.reset();
                next = words.iterator();
            }

            @Override
            public boolean incrementToken() {
                if (!next.hasNext()) {
                    return false;
                }
                clearAttributes();
                term.setEmpty().append(next.next());
                return true;
            }
        };
    }
}
