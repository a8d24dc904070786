package org.beltportal.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class RecallAnalyzerTest {

    static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    @Test
    void traditionalFoldsToSimplified() throws IOException {
        assertThat(terms(RecallAnalyzer.forQueries(), "襪子")).containsExactly("袜子");
        assertThat(terms(RecallAnalyzer.forQueries(), "連衣裙")).containsExactly("连衣", "衣裙");
    }

    @Test
    void fullWidthAndCaseFold() throws IOException {
        assertThat(terms(RecallAnalyzer.forQueries(), "ＰＶＣ手套")).containsExactly("pvc", "手套");
        assertThat(terms(RecallAnalyzer.forQueries(), "PVC")).containsExactly("pvc");
    }

    @Test
    void indexKeepsUnigramsSoOneCharacterQueriesMatch() throws IOException {
        assertThat(terms(RecallAnalyzer.forIndexing(), "连衣裙")).contains("裙", "连衣", "衣裙");
        assertThat(terms(RecallAnalyzer.forQueries(), "裙")).containsExactly("裙");
    }

    @Test
    void aLineBreakEndsAHanRunSoNoBigramSpansTwoTexts() throws IOException {
        // The all-text field joins description, category, supplier name and attributes with line breaks.
        assertThat(terms(RecallAnalyzer.forLongText(), "纯棉\n红色\nPVC\n手套"))
                .containsExactly("纯棉", "红色", "pvc", "手套");
    }

    @Test
    void segmentedAnalyzerFindsWords() throws IOException {
        assertThat(terms(new SegmentedAnalyzer(), "女童連衣裙")).contains("连衣裙");
    }
}
