package org.beltportal.search.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Rewrites each token's Traditional characters to Simplified in place (襪 becomes 袜), by table lookup. */
final class SimplifiedFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    SimplifiedFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        for (int i = 0; i < term.length(); i++) {
            buffer[i] = HanTables.simplified(buffer[i]);
        }
        return true;
    }
}
