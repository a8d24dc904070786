package org.beltportal.search.analysis;

import java.io.Reader;

import com.ibm.icu.text.Normalizer2;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.icu.segmentation.DefaultICUTokenizerConfig;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * The recall chain, identical at index and query time except for unigrams:
 * NFKC case folding (ＰＶＣ and PVC become pvc) before tokenising; ICU tokenizer with one token per Han
 * character; Traditional→Simplified (襪 becomes 袜); then overlapping Han bigrams. When indexing a title
 * lone characters are kept too, so a one-character query such as 裙 still matches; at query time, and
 * for the longer texts of the all-text field, only bigrams are made from runs, which keeps "连衣裙" from
 * matching every text containing 衣 (decision 0009).
 */
public final class RecallAnalyzer extends Analyzer {

    private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final DefaultICUTokenizerConfig ONE_TOKEN_PER_HAN = new DefaultICUTokenizerConfig(false, true);

    private final boolean unigrams;

    private RecallAnalyzer(boolean unigrams) {
        this.unigrams = unigrams;
    }

    public static RecallAnalyzer forIndexing() {
        return new RecallAnalyzer(true);
    }

    public static RecallAnalyzer forQueries() {
        return new RecallAnalyzer(false);
    }

    /**
     * For description, category, supplier name and attributes in the all-text field: bigrams only, as at
     * query time. Their unigrams were a third of the terms inverted per product (decision 0009).
     */
    public static RecallAnalyzer forLongText() {
        return new RecallAnalyzer(false);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new ICUNormalizer2CharFilter(reader, FOLD);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new ICUTokenizer(ONE_TOKEN_PER_HAN);
        TokenStream stream = new SimplifiedFilter(tokenizer);
        stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, unigrams);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new ICUNormalizer2CharFilter(reader, FOLD);
    }
}
