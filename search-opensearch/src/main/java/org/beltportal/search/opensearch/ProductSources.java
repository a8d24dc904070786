package org.beltportal.search.opensearch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.beltportal.core.product.Product;
import org.beltportal.core.supplier.Capability;
import org.beltportal.core.supplier.Supplier;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.search.analysis.Pinyin;
import org.beltportal.search.analysis.Words;
import org.beltportal.search.index.PriceBand;
import org.beltportal.search.index.ProductDocuments;
import org.beltportal.search.query.SearchItem;

/**
 * A product and its supplier as the JSON document of the shared index: the same fields as the embedded
 * {@link ProductDocuments}, with their text left for the cluster's analysers to cut ({@link ProductIndexSchema}).
 * Pinyin and the category's ancestor paths are values, not analysis, so they are computed here as there.
 */
final class ProductSources {

    private ProductSources() {
    }

    static String id(TenantId tenantId, long productId) {
        return ProductDocuments.key(tenantId, productId).text();
    }

    static Map<String, Object> source(Product product, Supplier supplier) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("key", id(product.tenantId(), product.id()));
        doc.put("tenant", Long.toString(product.tenantId().value()));
        doc.put("id", product.id());
        doc.put("title", product.title());
        doc.put("title_words", product.title());
        if (product.titleEn() != null) {
            doc.put("title_en", product.titleEn());
        }
        // The title's lone Han characters ride along in "all" as separate words: the embedded index puts the
        // title's unigrams there too, so a query mixing one character with a description word still matches.
        doc.put("all", List.of(product.title(), hanCharacters(product.title()), ProductDocuments.searchableText(product, supplier)));
        List<String> words = Words.of(product.title());
        List<String> spelled = new ArrayList<>();
        List<String> initials = new ArrayList<>();
        for (Pinyin.Forms forms : Pinyin.of(words)) {
            spelled.add(forms.spelledWord());
            initials.add(forms.initials());
        }
        doc.put("pinyin", spelled);
        doc.put("initials", initials);
        doc.put("pinyin_pairs", List.copyOf(Pinyin.pairs(product.title())));
        if (product.category() != null) {
            String[] levels = product.category().split("/");
            List<String> paths = new ArrayList<>();
            for (int depth = 1; depth <= levels.length; depth++) {
                paths.add(String.join("/", List.of(levels).subList(0, depth)));
            }
            doc.put("category", paths);
        }
        doc.put("rating", supplier.creditRating().level());
        doc.put("rating_code", supplier.creditRating().code());
        doc.put("verified", Boolean.toString(supplier.verified()));
        doc.put("capability", supplier.capabilities().stream().map(Capability::code).sorted().toList());
        long fen = PriceBand.fen(product.minPrice());
        doc.put("price", fen);
        doc.put("price_band", PriceBand.of(fen).label());
        doc.put("moq", product.moq());
        doc.put("created", product.createdAt().toEpochMilli());
        doc.put("updated", product.updatedAt().toEpochMilli());
        doc.put("boost", ProductDocuments.trustBoost(supplier));
        doc.put("item", new SearchItem(product.id(), product.sku(), product.title(), product.titleEn(), null,
                product.minPrice(), product.moq(), product.unit(), product.category(),
                new SearchItem.Supplier(supplier.id(), supplier.name(), supplier.creditRating().code(), supplier.verified()), null));
        return doc;
    }

    private static String hanCharacters(String text) {
        StringBuilder chars = new StringBuilder();
        text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                .forEach(cp -> chars.append(chars.isEmpty() ? "" : " ").appendCodePoint(cp));
        return chars.toString();
    }
}
