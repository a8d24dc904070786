/**
 * How product text becomes terms: one recall chain that folds Traditional to Simplified, full width to
 * half width and case, and cuts Han text into bigrams (plus unigrams at index time); a segmented chain
 * (smartcn) as a ranking signal; English stemming for English titles. See docs/search.md.
 */
package org.beltportal.search.analysis;
