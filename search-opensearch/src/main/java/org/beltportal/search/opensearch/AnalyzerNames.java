package org.beltportal.search.opensearch;

/**
 * The names under which the BeltPortal analysis plugin registers the portal's analysers in the cluster: the
 * index mapping names them, the plugin provides them. A plain class, so the portal loads no plugin class.
 */
public final class AnalyzerNames {

    /** Titles: folding, Traditional to Simplified, Han bigrams and lone characters (decision 0009). */
    public static final String RECALL_INDEX = "beltportal_recall_index";
    /** Queries and the all-text field: the same chain with bigrams only. */
    public static final String RECALL = "beltportal_recall";
    /** smartcn's words after Traditional to Simplified: the ranking field. */
    public static final String WORDS = "beltportal_words";

    private AnalyzerNames() {
    }
}
