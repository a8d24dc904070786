package org.beltportal.search.analysis;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * The folding every chain applies, as a plain function for code that compares text outside Lucene
 * (synonym matching): NFKC case folding (width and case), then Traditional to Simplified.
 */
public final class ChineseFolding {

    private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();
    /** ICU does not promise that a Transliterator is safe to share between threads. */
    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    private ChineseFolding() {
    }

    public static String fold(String text) {
        return TO_SIMPLIFIED.get().transliterate(FOLD.normalize(text));
    }
}
