package org.beltportal.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.beltportal.search.analysis.RecallAnalyzer;
import org.beltportal.search.index.ProductFields;
import org.beltportal.search.index.ProductIndex;
import org.beltportal.search.index.ProductSearcher;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Product search on the shared Lucene index: one pass collects a page of hits, the exact total and the
 * facet counts of the queries {@link ProductQueries} builds, which confine everything to the scope. The
 * default backend; {@code portal.search.backend=opensearch} puts the cluster's adapter in its place.
 */
@Service
@ConditionalOnProperty(name = "portal.search.backend", havingValue = "embedded", matchIfMissing = true)
public class LuceneProductSearch implements ProductSearch {

    static final int FACET_TOP = 20;

    private final ProductIndex index;
    private final ProductQueries queries;
    private final StoredItems storedItems;
    private final Analyzer highlightAnalyzer = RecallAnalyzer.forIndexing();
    private final SearchRescue rescue;

    public LuceneProductSearch(ProductIndex index, TenantSynonyms synonyms, JsonMapper json) {
        this.index = index;
        this.queries = new ProductQueries(synonyms);
        this.storedItems = new StoredItems(json);
        this.rescue = new SearchRescue(new EmbeddedRescue(index, queries, storedItems, this::found));
    }

    /**
     * The results; inside one belt, a first page whose text found nothing is rescued ({@link SearchRescue}):
     * corrected, relaxed or answered with the nearest categories.
     */
    @Override
    public SearchResult search(SearchScope scope, SearchQuery query) {
        return rescue.search(scope, query);
    }

    private SearchResult found(SearchScope scope, SearchQuery query) {
        Query filtered = queries.filtered(scope, query);
        Query scored = queries.scored(scope, query, filtered);
        return index.search(searcher -> {
            try {
                return run(searcher, scored, filtered, query);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** One pass collects the page of hits, the exact total and the facet counts together. */
    private SearchResult run(ProductSearcher searcher, Query scored, Query filtered, SearchQuery query) throws IOException {
        // A forged cursor is refused even while the index is empty (a rebuild at start).
        FieldDoc after = Cursor.decode(query.cursor(), query.sort(), searcher.getIndexReader().maxDoc());
        if (searcher.getIndexReader().maxDoc() == 0) {
            return new SearchResult(0, List.of(), Map.of(), null);
        }
        Sort sort = ProductQueries.sortOf(query.sort());
        FacetsCollectorManager.FacetsResult collected = FacetsCollectorManager.searchAfter(searcher, after, scored,
                query.size(), sort, false, new FacetsCollectorManager());
        TopFieldDocs top = (TopFieldDocs) collected.topDocs();
        long total = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? top.totalHits.value() : searcher.count(filtered);
        List<SearchItem> hits = items(searcher, scored, top).stream()
                .map(item -> item.withCampaign(query.promoted().get(item.id()))).toList();
        String next = top.scoreDocs.length == query.size()
                ? Cursor.encode(query.sort(), (FieldDoc) top.scoreDocs[top.scoreDocs.length - 1]) : null;
        return new SearchResult(total, hits, facets(searcher, collected.facetsCollector(), query), next);
    }

    private List<SearchItem> items(IndexSearcher searcher, Query query, TopFieldDocs top) throws IOException {
        TitleHighlighter highlighter = TitleHighlighter.of(query, highlightAnalyzer);
        List<SearchItem> found = new ArrayList<>(top.scoreDocs.length);
        for (SearchItem item : storedItems.read(searcher, top.scoreDocs)) {
            found.add(item.withHighlight(highlighter.highlight(item.title())));
        }
        return found;
    }

    private Map<String, List<SearchResult.FacetCount>> facets(ProductSearcher searcher, FacetsCollector collected,
                                                             SearchQuery query) throws IOException {
        SortedSetDocValuesReaderState state = searcher.facets().orElse(null);
        SortedSetDocValuesFacetCounts counts = state == null ? null : new SortedSetDocValuesFacetCounts(state, collected);
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        String[] categoryPath = query.category() == null ? new String[0] : query.category().split("/");
        facets.put(ProductFields.FACET_CATEGORY, counts(counts, state, ProductFields.FACET_CATEGORY, categoryPath));
        facets.put(ProductFields.FACET_RATING, counts(counts, state, ProductFields.FACET_RATING));
        facets.put(ProductFields.FACET_VERIFIED, counts(counts, state, ProductFields.FACET_VERIFIED));
        facets.put(ProductFields.FACET_CAPABILITY, counts(counts, state, ProductFields.FACET_CAPABILITY));
        facets.put(ProductFields.FACET_PRICE_BAND, counts(counts, state, ProductFields.FACET_PRICE_BAND));
        return facets;
    }

    /**
     * The top values of one dimension below {@code path}. A dimension no document holds yet (a new install whose
     * products have no category) has none: Lucene's counts fail on it rather than answer empty. Without facet
     * ordinals at all ({@code state} null: no document has any facet value) every dimension is empty.
     */
    static List<SearchResult.FacetCount> counts(SortedSetDocValuesFacetCounts facets, SortedSetDocValuesReaderState state,
                                                String dimension, String... path) throws IOException {
        if (state == null) {
            return List.of();
        }
        boolean indexed = state.getFacetsConfig().getDimConfig(dimension).hierarchical
                ? state.getDimTree(dimension) != null : state.getOrdRange(dimension) != null;
        FacetResult result = indexed ? facets.getTopChildren(FACET_TOP, dimension, path) : null;
        if (result == null) {
            return List.of();
        }
        List<SearchResult.FacetCount> counts = new ArrayList<>();
        for (LabelAndValue label : result.labelValues) {
            counts.add(new SearchResult.FacetCount(label.label, label.value.longValue()));
        }
        return counts;
    }
}
