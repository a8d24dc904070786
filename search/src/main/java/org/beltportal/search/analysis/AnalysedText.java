package org.beltportal.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A text analysed once and replayed as a token stream as often as needed: the title goes through the
 * recall chain for both the title field and the all-text field, and analysis is the costly part of
 * indexing.
 */
public final class AnalysedText {

    private record Token(String term, int start, int end, int increment) {
    }

    private final List<Token> tokens;
    private final int finalOffset;

    private AnalysedText(List<Token> tokens, int finalOffset) {
        this.tokens = tokens;
        this.finalOffset = finalOffset;
    }

    public static AnalysedText of(Analyzer analyzer, String field, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), increment.getPositionIncrement()));
            }
            stream.end();
            return new AnalysedText(tokens, offset.endOffset());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new stream over the same tokens, for one field value. */
    public TokenStream tokens() {
        return new TokenStream() {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
            private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
            private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
            private int next;

            @Override
            public void reset() throws IOException {
                super.reset();
                next = 0;
            }

            @Override
            public boolean incrementToken() {
                if (next == tokens.size()) {
                    return false;
                }
                clearAttributes();
                Token token = tokens.get(next++);
                term.setEmpty().append(token.term());
                offset.setOffset(token.start(), token.end());
                increment.setPositionIncrement(token.increment());
                return true;
            }

            @Override
            public void end() throws IOException {
                super.end();
                offset.setOffset(finalOffset, finalOffset);
            }
        };
    }
}
