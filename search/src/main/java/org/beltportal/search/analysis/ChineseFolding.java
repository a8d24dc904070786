package org.beltportal.search.analysis;

import com.ibm.icu.text.Normalizer2;

/**
 * The folding every chain applies, as a plain function for code that compares text outside Lucene
 * (synonym matching): NFKC case folding (width and case), then Traditional to Simplified.
 */
public final class ChineseFolding {

    private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();

    private ChineseFolding() {
    }

    public static String fold(String text) {
        return HanTables.simplified(FOLD.normalize(text));
    }
}
