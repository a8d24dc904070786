package org.beltportal.search.query;

import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.beltportal.core.supplier.Capability;
import org.beltportal.search.analysis.Pinyin;
import org.beltportal.search.analysis.PinyinReading;
import org.beltportal.search.analysis.RecallAnalyzer;
import org.beltportal.search.analysis.SegmentedAnalyzer;
import org.beltportal.search.index.PriceBand;
import org.beltportal.search.index.ProductDocuments;
import org.beltportal.search.index.ProductFields;

/**
 * Turns a {@link SearchQuery} into Lucene queries and a sort. The scope becomes a filter clause before
 * anything else is added, so every match, facet count and highlight stays inside one tenant (or,
 * explicitly, all).
 */
final class ProductQueries {

    /** How much a live campaign multiplies a featured product's relevance: enough to lead, not to outrank misses. */
    static final float CAMPAIGN_BOOST = 3f;
    /** The score of a match by pinyin spelling alone: below any match of the text itself (decision 0033). */
    static final float PINYIN_WEIGHT = 0.01f;

    private final TenantSynonyms synonyms;
    private final QueryBuilder recall = new QueryBuilder(RecallAnalyzer.forQueries());
    private final QueryBuilder words = new QueryBuilder(new SegmentedAnalyzer());
    private final QueryBuilder english = new QueryBuilder(new EnglishAnalyzer());

    ProductQueries(TenantSynonyms synonyms) {
        this.synonyms = synonyms;
    }

    /** What to score: the filtered query, weighted by supplier trust when there is text, live campaigns first. */
    Query scored(SearchScope scope, SearchQuery query, Query filtered) {
        return promoted(scope, query, query.text().isEmpty() ? filtered
                : FunctionScoreQuery.boostByValue(filtered, DoubleValuesSource.fromFloatField(ProductFields.BOOST)));
    }

    /** What matches: scope, text and every filter, unscored apart from the text. */
    Query filtered(SearchScope scope, SearchQuery query) {
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

    static Query scopeFilter(SearchScope scope) {
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
            any |= addIfPresent(required, spelled(text), PINYIN_WEIGHT);
            addIfPresent(ranked, recall.createBooleanQuery(ProductFields.TITLE, text, Occur.SHOULD), 3f);
            addIfPresent(ranked, words.createBooleanQuery(ProductFields.TITLE_WORDS, text, Occur.SHOULD), 2f);
        }
        if (!any) {
            return new MatchNoDocsQuery("no searchable terms");
        }
        ranked.add(required.build(), Occur.MUST);
        return ranked.build();
    }

    /**
     * A query spelled in pinyin ({@code wazi}, {@code wa zi}, {@code lian衣裙}) or initials ({@code lyq}): every
     * syllable pair of one of its readings in the title's pinyin pairs, or the initials of one of the title's
     * words. It reads only with at least two syllables, so an English word that is also one syllable
     * ({@code long}, {@code fan}, {@code pin}) stays English. A constant, low score (decision 0033): a
     * product found by its spelling ranks below every product the text itself matches, ordered by trust.
     */
    static Query spelled(String text) {
        BooleanQuery.Builder spelled = new BooleanQuery.Builder();
        boolean any = false;
        for (List<String> reading : PinyinReading.of(text)) {
            if (reading.size() < 2) {
                continue;
            }
            BooleanQuery.Builder pairs = new BooleanQuery.Builder();
            for (int i = 1; i < reading.size(); i++) {
                pairs.add(new TermQuery(new Term(ProductFields.PINYIN_PAIRS, Pinyin.pair(reading.get(i - 1), reading.get(i)))),
                        Occur.FILTER);
            }
            spelled.add(pairs.build(), Occur.SHOULD);
            any = true;
        }
        String initials = PinyinReading.initials(text);
        if (initials != null) {
            spelled.add(new TermQuery(new Term(ProductFields.INITIALS, initials)), Occur.SHOULD);
            any = true;
        }
        return any ? new ConstantScoreQuery(spelled.build()) : null;
    }

    private static boolean addIfPresent(BooleanQuery.Builder builder, Query query, float boost) {
        if (query != null) {
            builder.add(boost == 1f ? query : new BoostQuery(query, boost), Occur.SHOULD);
        }
        return query != null;
    }

    static Sort sortOf(SearchSort sort) {
        SortField id = new SortField(ProductFields.ID, SortField.Type.LONG, true);
        return switch (sort) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, id);
            case PRICE_ASC -> new Sort(new SortField(ProductFields.PRICE, SortField.Type.LONG), id);
            case PRICE_DESC -> new Sort(new SortField(ProductFields.PRICE, SortField.Type.LONG, true), id);
            case NEWEST -> new Sort(new SortField(ProductFields.CREATED, SortField.Type.LONG, true), id);
            case MOQ -> new Sort(new SortField(ProductFields.MOQ, SortField.Type.LONG), id);
        };
    }
}
