package org.beltportal.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.QueryBuilder;
import org.beltportal.core.supplier.Capability;
import org.beltportal.search.analysis.RecallAnalyzer;
import org.beltportal.search.analysis.SegmentedAnalyzer;
import org.beltportal.search.index.PriceBand;
import org.beltportal.search.index.ProductDocuments;
import org.beltportal.search.index.ProductFields;
import org.beltportal.search.index.ProductIndex;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Product search on the shared Lucene index. The scope becomes a filter clause before anything else is
 * added, so every query, facet count and highlight is computed inside one tenant (or, explicitly, all).
 */
@Service
public class LuceneProductSearch implements ProductSearch {

    static final int FACET_TOP = 20;
    /** How much a live campaign multiplies a featured product's relevance: enough to lead, not to outrank misses. */
    static final float CAMPAIGN_BOOST = 3f;

    private final ProductIndex index;
    private final TenantSynonyms synonyms;
    private final StoredItems storedItems;
    private final QueryBuilder recall = new QueryBuilder(RecallAnalyzer.forQueries());
    private final QueryBuilder words = new QueryBuilder(new SegmentedAnalyzer());
    private final QueryBuilder english = new QueryBuilder(new EnglishAnalyzer());
    private final Analyzer highlightAnalyzer = RecallAnalyzer.forIndexing();
    private volatile FacetState facetState;

    public LuceneProductSearch(ProductIndex index, TenantSynonyms synonyms, JsonMapper json) {
        this.index = index;
        this.synonyms = synonyms;
        this.storedItems = new StoredItems(json);
    }

    @Override
    public SearchResult search(SearchScope scope, SearchQuery query) {
        Query filtered = filtered(scope, query);
        Query scored = promoted(scope, query, query.text().isEmpty() ? filtered
                : FunctionScoreQuery.boostByValue(filtered, DoubleValuesSource.fromFloatField(ProductFields.BOOST)));
        return index.search(searcher -> {
            try {
                return run(searcher, scored, filtered, query);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** One pass collects the page of hits, the exact total and the facet counts together. */
    private SearchResult run(IndexSearcher searcher, Query scored, Query filtered, SearchQuery query) throws IOException {
        if (searcher.getIndexReader().maxDoc() == 0) {
            return new SearchResult(0, List.of(), Map.of(), null);
        }
        Sort sort = sortOf(query.sort());
        FieldDoc after = Cursor.decode(query.cursor(), query.sort(), searcher.getIndexReader().maxDoc());
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

    private Query filtered(SearchScope scope, SearchQuery query) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        builder.add(scopeFilter(scope), Occur.FILTER);
        builder.add(textQuery(variants(scope, query.text())), query.text().isEmpty() ? Occur.FILTER : Occur.MUST);
        if (query.category() != null) {
            builder.add(new TermQuery(new Term(ProductFields.CATEGORY, query.category())), Occur.FILTER);
        }
        if (query.minRating() != null) {
            builder.add(IntPoint.newRangeQuery(ProductFields.RATING, query.minRating().level(), 5), Occur.FILTER);
        }
        if (query.verified() != null) {
            builder.add(new TermQuery(new Term(ProductFields.VERIFIED, query.verified().toString())), Occur.FILTER);
        }
        for (Capability capability : query.capabilities()) {
            builder.add(new TermQuery(new Term(ProductFields.CAPABILITY, capability.code())), Occur.FILTER);
        }
        if (query.priceMin() != null || query.priceMax() != null) {
            long min = query.priceMin() == null ? 0 : PriceBand.fen(query.priceMin());
            long max = query.priceMax() == null ? Long.MAX_VALUE : PriceBand.fen(query.priceMax());
            builder.add(LongPoint.newRangeQuery(ProductFields.PRICE, min, max), Occur.FILTER);
        }
        if (query.moqMax() != null) {
            builder.add(IntPoint.newRangeQuery(ProductFields.MOQ, 1, query.moqMax()), Occur.FILTER);
        }
        if (!query.productIds().isEmpty()) {
            builder.add(products(scope, query.productIds()), Occur.FILTER);
        }
        return builder.build();
    }

    /**
     * Live campaigns' featured products first. A text query multiplies their relevance, so a featured
     * product still has to match; without text every hit scores alike, so featured ones simply come first.
     */
    private static Query promoted(SearchScope scope, SearchQuery query, Query scored) {
        if (query.promoted().isEmpty()) {
            return scored;
        }
        Query featured = products(scope, query.promoted().keySet());
        if (query.text().isEmpty()) {
            return new BooleanQuery.Builder().add(scored, Occur.MUST)
                    .add(new ConstantScoreQuery(featured), Occur.SHOULD).build();
        }
        return FunctionScoreQuery.boostByQuery(scored, featured, CAMPAIGN_BOOST);
    }

    /**
     * Products by id through their tenant-qualified keys: inside one tenant only, so an id list can never
     * pull in another tenant's product; the national view takes no such list.
     */
    private static Query products(SearchScope scope, Set<Long> ids) {
        if (!(scope instanceof SearchScope.OneTenant(var tenantId))) {
            return new MatchNoDocsQuery("product lists apply inside one tenant");
        }
        return new TermInSetQuery(ProductFields.KEY,
                ids.stream().map(id -> new BytesRef(ProductDocuments.key(tenantId, id).text())).toList());
    }

    private static Query scopeFilter(SearchScope scope) {
        return switch (scope) {
            case SearchScope.OneTenant(var tenantId) -> new TermQuery(new Term(ProductFields.TENANT, Long.toString(tenantId.value())));
            case SearchScope.National(var tenantIds) -> new TermInSetQuery(ProductFields.TENANT,
                    tenantIds.stream().map(id -> new BytesRef(Long.toString(id.value()))).toList());
        };
    }

    /** The text and, inside one tenant, its synonym variants; the national view has no tenant's synonyms. */
    private List<String> variants(SearchScope scope, String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        return scope instanceof SearchScope.OneTenant(var tenantId) ? synonyms.variants(tenantId, text) : List.of(text);
    }

    /**
     * Recall: every bigram of one variant in the "all" field, or every stemmed word of it in the English
     * title. Ranking: the same variant matched in the title, as whole words, or in English adds to the score.
     */
    private Query textQuery(List<String> variants) {
        if (variants.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder required = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        BooleanQuery.Builder ranked = new BooleanQuery.Builder();
        boolean any = false;
        for (String text : variants) {
            any |= addIfPresent(required, recall.createBooleanQuery(ProductFields.ALL, text, Occur.MUST), 1f);
            any |= addIfPresent(required, english.createBooleanQuery(ProductFields.TITLE_EN, text, Occur.MUST), 1f);
            addIfPresent(ranked, recall.createBooleanQuery(ProductFields.TITLE, text, Occur.SHOULD), 3f);
            addIfPresent(ranked, words.createBooleanQuery(ProductFields.TITLE_WORDS, text, Occur.SHOULD), 2f);
        }
        if (!any) {
            return new MatchNoDocsQuery("no searchable terms");
        }
        ranked.add(required.build(), Occur.MUST);
        return ranked.build();
    }

    private static boolean addIfPresent(BooleanQuery.Builder builder, Query query, float boost) {
        if (query != null) {
            builder.add(boost == 1f ? query : new BoostQuery(query, boost), Occur.SHOULD);
        }
        return query != null;
    }

    private static Sort sortOf(SearchSort sort) {
        SortField id = new SortField(ProductFields.ID, SortField.Type.LONG, true);
        return switch (sort) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, id);
            case PRICE_ASC -> new Sort(new SortField(ProductFields.PRICE, SortField.Type.LONG), id);
            case PRICE_DESC -> new Sort(new SortField(ProductFields.PRICE, SortField.Type.LONG, true), id);
            case NEWEST -> new Sort(new SortField(ProductFields.CREATED, SortField.Type.LONG, true), id);
            case MOQ -> new Sort(new SortField(ProductFields.MOQ, SortField.Type.LONG), id);
        };
    }

    private List<SearchItem> items(IndexSearcher searcher, Query query, TopFieldDocs top) throws IOException {
        TitleHighlighter highlighter = TitleHighlighter.of(query, highlightAnalyzer);
        List<SearchItem> found = new ArrayList<>(top.scoreDocs.length);
        for (SearchItem item : storedItems.read(searcher, top.scoreDocs)) {
            found.add(item.withHighlight(highlighter.highlight(item.title())));
        }
        return found;
    }

    private Map<String, List<SearchResult.FacetCount>> facets(IndexSearcher searcher, FacetsCollector collected,
                                                             SearchQuery query) throws IOException {
        Facets counts = new SortedSetDocValuesFacetCounts(state(searcher.getIndexReader()), collected);
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        String[] categoryPath = query.category() == null ? new String[0] : query.category().split("/");
        facets.put(ProductFields.FACET_CATEGORY, counts(counts, ProductFields.FACET_CATEGORY, categoryPath));
        facets.put(ProductFields.FACET_RATING, counts(counts, ProductFields.FACET_RATING));
        facets.put(ProductFields.FACET_VERIFIED, counts(counts, ProductFields.FACET_VERIFIED));
        facets.put(ProductFields.FACET_CAPABILITY, counts(counts, ProductFields.FACET_CAPABILITY));
        facets.put(ProductFields.FACET_PRICE_BAND, counts(counts, ProductFields.FACET_PRICE_BAND));
        return facets;
    }

    private static List<SearchResult.FacetCount> counts(Facets facets, String dimension, String... path) throws IOException {
        FacetResult result;
        try {
            result = facets.getTopChildren(FACET_TOP, dimension, path);
        } catch (IllegalArgumentException dimensionNotIndexedYet) {
            return List.of();
        }
        if (result == null) {
            return List.of();
        }
        List<SearchResult.FacetCount> counts = new ArrayList<>();
        for (LabelAndValue label : result.labelValues) {
            counts.add(new SearchResult.FacetCount(label.label, label.value.longValue()));
        }
        return counts;
    }

    /** The facet ordinal map is costly to build, so it is kept until the reader changes. */
    private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current == null || current.reader() != reader) {
            current = new FacetState(reader, new DefaultSortedSetDocValuesReaderState(reader, ProductFields.facetsConfig()));
            facetState = current;
        }
        return current.state();
    }

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }
}
