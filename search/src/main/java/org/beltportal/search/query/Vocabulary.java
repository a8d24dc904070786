package org.beltportal.search.query;

import java.util.List;

/**
 * The words a did-you-mean may offer, as a backend's index holds them ({@link QueryCorrector}): title words by
 * their pinyin spelling, and English title stems. Each call is one lookup of the corrector's bounded budget.
 */
public interface Vocabulary {

    /** Up to {@code max} title words spelled exactly {@code spelling} (syllables without spaces), in term order. */
    List<String> wordsSpelled(String spelling, int max);

    /** Up to {@code max} English title stems one edit (a transposition counts as one) from {@code stem}. */
    List<String> englishStemsNear(String stem, int max);

    /** Up to {@code max} title words whose spelling is one edit from {@code letters}, in term order. */
    List<String> wordsSpelledNear(String letters, int max);
}
