package org.beltportal.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.QueryBuilder;
import org.beltportal.search.analysis.RecallAnalyzer;
import org.beltportal.search.index.ProductFields;
import org.beltportal.search.index.ProductIndex;

/** The rescue's questions answered by the embedded index: counts, its term dictionaries, the best matches. */
final class EmbeddedRescue implements SearchRescue.Backend {

    private final ProductIndex index;
    private final ProductQueries queries;
    private final StoredItems items;
    private final BiFunction<SearchScope, SearchQuery, SearchResult> search;
    private final QueryBuilder recall = new QueryBuilder(RecallAnalyzer.forQueries());

    EmbeddedRescue(ProductIndex index, ProductQueries queries, StoredItems items,
                   BiFunction<SearchScope, SearchQuery, SearchResult> search) {
        this.index = index;
        this.queries = queries;
        this.items = items;
        this.search = search;
    }

    @Override
    public SearchResult search(SearchScope scope, SearchQuery query) {
        return search.apply(scope, query);
    }

    @Override
    public long count(SearchScope scope, SearchQuery query) {
        return index.search(searcher -> {
            try {
                return (long) searcher.count(queries.filtered(scope, query));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The index's words of all belts: a candidate counts only when the belt's own search finds it. */
    @Override
    public <T> T withVocabulary(SearchScope scope, Function<Vocabulary, T> correction) {
        return index.search(searcher -> correction.apply(new IndexVocabulary(searcher.getIndexReader())));
    }

    @Override
    public List<String> categoriesMatchingAnyPart(SearchScope scope, String text, int sample) {
        BooleanQuery.Builder any = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        boolean matchable = false;
        for (Query part : new Query[] {recall.createBooleanQuery(ProductFields.ALL, text, Occur.SHOULD), ProductQueries.spelled(text)}) {
            if (part != null) {
                any.add(part, Occur.SHOULD);
                matchable = true;
            }
        }
        if (!matchable) {
            return List.of();
        }
        Query query = new BooleanQuery.Builder().add(ProductQueries.scopeFilter(scope), Occur.FILTER)
                .add(any.build(), Occur.MUST).build();
        return index.search(searcher -> {
            try {
                TopDocs top = searcher.search(query, sample);
                return items.read(searcher, top.scoreDocs).stream().map(SearchItem::category).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
