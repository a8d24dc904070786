package org.beltportal.search.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

import org.apache.lucene.analysis.CharFilter;

/**
 * Folds width and case and turns Traditional into Simplified before a tokenizer sees the text. The word
 * segmenter was trained on Simplified text, so it must get Simplified text rather than have tokens
 * converted afterwards. Reads the whole (short) field at once; Traditional→Simplified maps character
 * for character, so offsets stay correct without corrections. (NFKC can change lengths, e.g. for
 * ligatures; product text rarely has any, and a shifted offset in this ranking-only field costs nothing.)
 */
final class SimplifiedCharFilter extends CharFilter {

    private static final int MAX_CHARS = 100_000;

    private Reader folded;

    SimplifiedCharFilter(Reader input) {
        super(input);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (folded == null) {
            folded = new StringReader(ChineseFolding.fold(readAll()));
        }
        return folded.read(buffer, offset, length);
    }

    @Override
    protected int correct(int currentOff) {
        return currentOff;
    }

    private String readAll() throws IOException {
        StringBuilder text = new StringBuilder();
        char[] chunk = new char[1024];
        for (int n; (n = input.read(chunk)) > 0 && text.length() < MAX_CHARS; ) {
            text.append(chunk, 0, n);
        }
        return text.toString();
    }
}
