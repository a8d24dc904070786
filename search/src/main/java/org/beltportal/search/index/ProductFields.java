package org.beltportal.search.index;

import java.util.List;

import org.apache.lucene.facet.FacetsConfig;

/** Field names of the product index and the schema version that names their meaning. */
public final class ProductFields {

    /**
     * Raised whenever a field's analysis or meaning changes: an index written under another version is
     * rebuilt from the database at start.
     */
    public static final String SCHEMA_VERSION = "8";

    /** "{tenant}:{id}", the update key. */
    public static final String KEY = "key";
    /** Tenant id as a term (the mandatory filter) and as doc values (the index sort). */
    public static final String TENANT = "tenant";
    public static final String TENANT_SORT = "tenant_sort";
    /** Product id as doc values: the tiebreak of every sort, so cursors are stable. */
    public static final String ID = "id";
    public static final String TITLE = "title";
    public static final String TITLE_WORDS = "title_words";
    public static final String TITLE_EN = "title_en";
    /** Title, description, category, supplier name and attribute values: the recall field. */
    public static final String ALL = "all";
    /**
     * Per Han word of the title: its full pinyin and the word ("wazi 袜子": suggestions by prefix, corrections
     * by spelling) and its initials ("wz").
     */
    public static final String PINYIN = "pinyin";
    public static final String INITIALS = "initials";
    /** The syllables of each pair of adjacent Han characters of the title ("wa'zi"): pinyin queries must match all. */
    public static final String PINYIN_PAIRS = "pinyin_pairs";
    /** Every ancestor path of the product's category, so a filter on 童装 finds 童装/女童/连衣裙. */
    public static final String CATEGORY = "category";
    public static final String RATING = "rating";
    public static final String VERIFIED = "verified";
    public static final String CAPABILITY = "capability";
    /** Lowest tier price in fen (cents): points for ranges, doc values for sorting. */
    public static final String PRICE = "price";
    public static final String MOQ = "moq";
    public static final String CREATED = "created";
    /** When the product row was last written (epoch ms), as doc values: how {@link IndexCheck} tells a stale copy. */
    public static final String UPDATED = "updated";
    /** Index-time static boost from supplier trust signals. */
    public static final String BOOST = "boost";
    /**
     * The result item as UTF-8 JSON in binary doc values (not a stored field: those are decompressed a
     * block at a time), so a result page needs no database round trip.
     */
    public static final String ITEM = "item";

    /** Facet dimensions. */
    public static final String FACET_CATEGORY = "category";
    public static final String FACET_RATING = "rating";
    public static final String FACET_VERIFIED = "verified";
    public static final String FACET_CAPABILITY = "capability";
    public static final String FACET_PRICE_BAND = "priceBand";

    private ProductFields() {
    }

    /**
     * Facets are counted from doc values only. Filters use their own fields (category, rating, ...), so
     * the drill-down terms FacetsConfig would index for every dimension are not written: a dozen fewer
     * terms to invert per product.
     */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setHierarchical(FACET_CATEGORY, true);
        config.setMultiValued(FACET_CAPABILITY, true);
        for (String dimension : List.of(FACET_CATEGORY, FACET_RATING, FACET_VERIFIED, FACET_CAPABILITY, FACET_PRICE_BAND)) {
            config.setDrillDownTermsIndexing(dimension, FacetsConfig.DrillDownTermsIndexing.NONE);
        }
        return config;
    }
}
