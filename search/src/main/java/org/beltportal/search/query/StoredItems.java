package org.beltportal.search.query;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;
import org.beltportal.search.index.ProductFields;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the result item each document carries: UTF-8 JSON in binary doc values, parsed from the bytes
 * as they are, so a result page needs neither a database round trip nor stored-field decompression
 * (which was a fifth of a search's time). Doc values iterate forwards only, so hits are read in
 * document order and put back in rank order.
 */
final class StoredItems {

    private final JsonMapper json;

    StoredItems(JsonMapper json) {
        this.json = json;
    }

    /** The items of {@code hits}, in the order of {@code hits}. */
    List<SearchItem> read(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        Integer[] byDoc = new Integer[hits.length];
        Arrays.setAll(byDoc, i -> i);
        Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        SearchItem[] items = new SearchItem[hits.length];
        LeafReaderContext leaf = null;
        BinaryDocValues values = null;
        for (int i : byDoc) {
            int doc = hits[i].doc;
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                values = leaf.reader().getBinaryDocValues(ProductFields.ITEM);
            }
            if (values == null || !values.advanceExact(doc - leaf.docBase)) {
                throw new IllegalStateException("indexed product without its item, doc " + doc);
            }
            BytesRef bytes = values.binaryValue();
            items[i] = json.readValue(bytes.bytes, bytes.offset, bytes.length, SearchItem.class);
        }
        return Arrays.asList(items);
    }
}
