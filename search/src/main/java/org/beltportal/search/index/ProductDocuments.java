package org.beltportal.search.index;

import java.io.IOException;
import java.util.List;
import java.util.StringJoiner;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.beltportal.core.product.Product;
import org.beltportal.core.supplier.Capability;
import org.beltportal.core.supplier.Supplier;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.search.analysis.AnalysedText;
import org.beltportal.search.analysis.Pinyin;
import org.beltportal.search.analysis.RecallAnalyzer;
import org.beltportal.search.analysis.Words;
import org.beltportal.search.query.SearchItem;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** Turns a product and its supplier into the index document: what is searched, filtered, sorted, shown. */
public final class ProductDocuments {

    /**
     * Every text field (recall "title" and "all", "title_words", "title_en") indexes documents and term
     * frequencies, not positions: their queries are conjunctions or optional sets of terms, never
     * phrases, and positions were a good part of the cost of inverting them.
     */
    private static final FieldType TEXT = textType();
    private static final String VALUE_BREAK = "\n";

    private final FacetsConfig facets = ProductFields.facetsConfig();
    private final Analyzer recall = RecallAnalyzer.forIndexing();
    private final ObjectWriter items;

    public ProductDocuments(JsonMapper json) {
        this.items = json.writerFor(SearchItem.class);
    }

    public static Term key(TenantId tenantId, long productId) {
        return new Term(ProductFields.KEY, tenantId.value() + ":" + productId);
    }

    public Document document(Product product, Supplier supplier) throws IOException {
        Document doc = new Document();
        long tenant = product.tenantId().value();
        doc.add(new StringField(ProductFields.KEY, key(product.tenantId(), product.id()).text(), Field.Store.NO));
        doc.add(new StringField(ProductFields.TENANT, Long.toString(tenant), Field.Store.NO));
        doc.add(new NumericDocValuesField(ProductFields.TENANT_SORT, tenant));
        doc.add(new NumericDocValuesField(ProductFields.ID, product.id()));

        AnalysedText title = AnalysedText.of(recall, ProductFields.TITLE, product.title());
        doc.add(new Field(ProductFields.TITLE, title.tokens(), TEXT));
        doc.add(new Field(ProductFields.ALL, title.tokens(), TEXT));
        List<String> words = Words.of(product.title());
        doc.add(new Field(ProductFields.TITLE_WORDS, Words.tokens(words), TEXT));
        if (product.titleEn() != null) {
            doc.add(new Field(ProductFields.TITLE_EN, product.titleEn(), TEXT));
        }
        for (Pinyin.Forms forms : Pinyin.of(words)) {
            doc.add(new StringField(ProductFields.PINYIN, forms.spelledWord(), Field.Store.NO));
            doc.add(new StringField(ProductFields.INITIALS, forms.initials(), Field.Store.NO));
        }
        doc.add(new Field(ProductFields.PINYIN_PAIRS, Words.tokens(List.copyOf(Pinyin.pairs(product.title()))), TEXT));
        doc.add(new Field(ProductFields.ALL, searchableText(product, supplier), TEXT));

        if (product.category() != null) {
            String[] levels = product.category().split("/");
            for (int depth = 1; depth <= levels.length; depth++) {
                doc.add(new StringField(ProductFields.CATEGORY, String.join("/", List.of(levels).subList(0, depth)), Field.Store.NO));
            }
            doc.add(new SortedSetDocValuesFacetField(ProductFields.FACET_CATEGORY, levels));
        }

        int rating = supplier.creditRating().level();
        doc.add(new IntPoint(ProductFields.RATING, rating));
        doc.add(new SortedSetDocValuesFacetField(ProductFields.FACET_RATING, supplier.creditRating().code()));
        doc.add(new StringField(ProductFields.VERIFIED, Boolean.toString(supplier.verified()), Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(ProductFields.FACET_VERIFIED, Boolean.toString(supplier.verified())));
        for (Capability capability : supplier.capabilities()) {
            doc.add(new StringField(ProductFields.CAPABILITY, capability.code(), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(ProductFields.FACET_CAPABILITY, capability.code()));
        }

        long fen = PriceBand.fen(product.minPrice());
        doc.add(new LongPoint(ProductFields.PRICE, fen));
        doc.add(new NumericDocValuesField(ProductFields.PRICE, fen));
        doc.add(new SortedSetDocValuesFacetField(ProductFields.FACET_PRICE_BAND, PriceBand.of(fen).label()));
        doc.add(new IntPoint(ProductFields.MOQ, product.moq()));
        doc.add(new NumericDocValuesField(ProductFields.MOQ, product.moq()));
        doc.add(new NumericDocValuesField(ProductFields.CREATED, product.createdAt().toEpochMilli()));
        doc.add(new NumericDocValuesField(ProductFields.UPDATED, product.updatedAt().toEpochMilli()));
        doc.add(new FloatDocValuesField(ProductFields.BOOST, trustBoost(supplier)));

        SearchItem item = new SearchItem(product.id(), product.sku(), product.title(), product.titleEn(), null,
                product.minPrice(), product.moq(), product.unit(), product.category(),
                new SearchItem.Supplier(supplier.id(), supplier.name(), supplier.creditRating().code(), supplier.verified()), null,
                product.unitEn());
        doc.add(new BinaryDocValuesField(ProductFields.ITEM, new BytesRef(items.writeValueAsBytes(item))));
        return facets.build(doc);
    }

    private static FieldType textType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS);
        type.freeze();
        return type;
    }

    /**
     * A verified ("strength merchant") supplier lifts a product by 30%, each credit level by 5%: enough to
     * order near-equal matches by trust, never enough to lift a poor match over a good one.
     */
    public static float trustBoost(Supplier supplier) {
        return 1f + (supplier.verified() ? 0.3f : 0f) + 0.05f * supplier.creditRating().level();
    }

    /**
     * What "all" holds besides the title (which is analysed once for both fields), as one value: each value
     * of a field is a separate pass through the recall chain (a new normalising reader, the ICU tokenizer
     * reset), and these texts are short. A line break between them ends a Han run, so no bigram spans two
     * of them.
     */
    public static String searchableText(Product product, Supplier supplier) {
        StringJoiner text = new StringJoiner(VALUE_BREAK);
        if (product.description() != null) {
            text.add(product.description());
        }
        if (product.category() != null) {
            text.add(product.category().replace('/', ' '));
        }
        text.add(supplier.name());
        product.attributes().values().forEach(text::add);
        return text.toString();
    }
}
