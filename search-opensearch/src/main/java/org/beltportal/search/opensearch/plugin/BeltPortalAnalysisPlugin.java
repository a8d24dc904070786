package org.beltportal.search.opensearch.plugin;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.beltportal.search.analysis.RecallAnalyzer;
import org.beltportal.search.analysis.SegmentedAnalyzer;
import org.opensearch.index.analysis.PreBuiltAnalyzerProviderFactory;
import org.opensearch.indices.analysis.PreBuiltCacheFactory.CachingStrategy;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * The portal's own analysers inside the cluster (decision 0045): the same classes the embedded index runs, so a
 * title is cut into the same terms on both backends. They are stateless apart from Lucene's per-thread reuse,
 * so one instance of each serves every index of the node.
 */
public class BeltPortalAnalysisPlugin extends Plugin implements AnalysisPlugin {

    /** Titles: folding, Traditional to Simplified, Han bigrams and lone characters (decision 0009). */
    public static final String RECALL_INDEX = "beltportal_recall_index";
    /** Queries and the long texts of the all-text field: the same chain with bigrams only. */
    public static final String RECALL = "beltportal_recall";
    /** smartcn's words after Traditional to Simplified: the ranking field. */
    public static final String WORDS = "beltportal_words";

    @Override
    public List<PreBuiltAnalyzerProviderFactory> getPreBuiltAnalyzerProviderFactories() {
        return List.of(
                analyzer(RECALL_INDEX, RecallAnalyzer.forIndexing()),
                analyzer(RECALL, RecallAnalyzer.forQueries()),
                analyzer(WORDS, new SegmentedAnalyzer()));
    }

    private static PreBuiltAnalyzerProviderFactory analyzer(String name, Analyzer analyzer) {
        return new PreBuiltAnalyzerProviderFactory(name, CachingStrategy.ONE, () -> analyzer);
    }
}
