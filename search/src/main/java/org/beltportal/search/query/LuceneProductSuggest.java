package org.beltportal.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.QueryBuilder;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.search.analysis.RecallAnalyzer;
import org.beltportal.search.index.ProductFields;
import org.beltportal.search.index.ProductIndex;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Suggestions from the embedded index; {@code portal.search.backend=opensearch} puts the cluster's in its place. */
@Service
@ConditionalOnProperty(name = "portal.search.backend", havingValue = "embedded", matchIfMissing = true)
public class LuceneProductSuggest implements ProductSuggest {

    private final ProductIndex index;
    private final StoredItems items;
    private final QueryBuilder recall = new QueryBuilder(RecallAnalyzer.forQueries());

    public LuceneProductSuggest(ProductIndex index, JsonMapper json) {
        this.index = index;
        this.items = new StoredItems(json);
    }

    @Override
    public List<Suggestion> suggest(TenantId tenantId, String typed, int max) {
        String text = SearchQuery.clean(typed);
        Query match = match(ProductSuggest.letters(text), text);
        if (match == null) {
            return List.of();
        }
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ProductFields.TENANT, Long.toString(tenantId.value()))), Occur.FILTER)
                .add(FunctionScoreQuery.boostByValue(match, DoubleValuesSource.fromFloatField(ProductFields.BOOST)), Occur.MUST)
                .build();
        return index.search(searcher -> {
            try {
                TopDocs top = searcher.search(query, CANDIDATES);
                Set<String> titles = new LinkedHashSet<>();
                List<Suggestion> suggestions = new ArrayList<>();
                for (SearchItem item : items.read(searcher, top.scoreDocs)) {
                    if (titles.add(item.title()) && suggestions.size() < Math.min(max, MAX)) {
                        suggestions.add(new Suggestion(item.title(), item.id()));
                    }
                }
                return suggestions;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Query match(String letters, String text) {
        if (ProductSuggest.PINYIN.matcher(letters).matches()) {
            return new BooleanQuery.Builder()
                    .add(new PrefixQuery(new Term(ProductFields.PINYIN, letters)), Occur.SHOULD)
                    .add(new TermQuery(new Term(ProductFields.INITIALS, letters)), Occur.SHOULD)
                    .add(new PrefixQuery(new Term(ProductFields.TITLE, letters)), Occur.SHOULD)
                    .build();
        }
        return text.isEmpty() ? null : recall.createBooleanQuery(ProductFields.TITLE, text, Occur.MUST);
    }
}
