package org.beltportal.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

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
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Suggestions while typing, inside one tenant: Latin letters are read as pinyin (full spelling prefix,
 * or initials), anything else as the start of a title's words. Distinct titles, most trusted first.
 */
@Service
public class ProductSuggest {

    public static final int MAX = 10;
    private static final Pattern PINYIN = Pattern.compile("[a-z]{2,30}");
    /** Fetch more than shown: several products often share one title. */
    private static final int CANDIDATES = 50;

    private final ProductIndex index;
    private final StoredItems items;
    private final QueryBuilder recall = new QueryBuilder(RecallAnalyzer.forQueries());

    public ProductSuggest(ProductIndex index, JsonMapper json) {
        this.index = index;
        this.items = new StoredItems(json);
    }

    public List<Suggestion> suggest(TenantId tenantId, String typed, int max) {
        String text = SearchQuery.clean(typed);
        Query match = match(text.toLowerCase(Locale.ROOT).replace(" ", ""), text);
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
        if (PINYIN.matcher(letters).matches()) {
            return new BooleanQuery.Builder()
                    .add(new PrefixQuery(new Term(ProductFields.PINYIN, letters)), Occur.SHOULD)
                    .add(new TermQuery(new Term(ProductFields.INITIALS, letters)), Occur.SHOULD)
                    .add(new PrefixQuery(new Term(ProductFields.TITLE, letters)), Occur.SHOULD)
                    .build();
        }
        return text.isEmpty() ? null : recall.createBooleanQuery(ProductFields.TITLE, text, Occur.MUST);
    }
}
