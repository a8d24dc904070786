package org.beltportal.search.query;

import java.io.IOException;

import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;
import org.beltportal.search.index.ProductFields;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the result item stored with each document: UTF-8 JSON bytes, parsed as they are, so a result
 * page needs neither a database round trip nor a detour through String.
 */
final class StoredItems {

    private final JsonMapper json;

    StoredItems(JsonMapper json) {
        this.json = json;
    }

    /** {@code stored} comes from one searcher and serves every hit of one request. */
    SearchItem read(StoredFields stored, int doc) throws IOException {
        BytesRef bytes = stored.document(doc).getBinaryValue(ProductFields.ITEM);
        return json.readValue(bytes.bytes, bytes.offset, bytes.length, SearchItem.class);
    }
}
