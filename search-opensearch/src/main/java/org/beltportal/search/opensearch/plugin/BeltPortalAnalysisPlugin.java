package org.beltportal.search.opensearch.plugin;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.beltportal.search.analysis.RecallAnalyzer;
import org.beltportal.search.analysis.SegmentedAnalyzer;
import org.beltportal.search.opensearch.AnalyzerNames;
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

    @Override
    public List<PreBuiltAnalyzerProviderFactory> getPreBuiltAnalyzerProviderFactories() {
        return List.of(
                analyzer(AnalyzerNames.RECALL_INDEX, RecallAnalyzer.forIndexing()),
                analyzer(AnalyzerNames.RECALL, RecallAnalyzer.forQueries()),
                analyzer(AnalyzerNames.WORDS, new SegmentedAnalyzer()));
    }

    private static PreBuiltAnalyzerProviderFactory analyzer(String name, Analyzer analyzer) {
        return new PreBuiltAnalyzerProviderFactory(name, CachingStrategy.ONE, () -> analyzer);
    }
}
