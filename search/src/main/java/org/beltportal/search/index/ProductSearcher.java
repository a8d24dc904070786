package org.beltportal.search.index;

import java.io.IOException;
import java.util.Optional;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher of the product index with the facet ordinals of its reader. Counting facets needs a map of
 * every segment's facet values to one ordinal space, and it belongs to one reader: built by the first
 * search after each reopen, every search racing that one built its own, many times a second during an
 * import. Here it is built once per reopen, on the reopening thread, before any search sees the reader.
 */
public final class ProductSearcher extends IndexSearcher {

    private final SortedSetDocValuesReaderState facets;

    private ProductSearcher(IndexReader reader, SortedSetDocValuesReaderState facets) {
        super(reader);
        // No query cache. Lucene's shared LRUQueryCache is consulted on every segment of every search through
        // monitors of its own (a synchronized map of queries, the caching policy's use counter), and it caches
        // nothing our searches repeat: term filters are never cached, and text queries and boosts differ per
        // buyer. The soak's JFR recording showed request threads queued on those monitors for 300-600 ms
        // while an import reopened the index (decision 0034).
        setQueryCache(null);
        this.facets = facets;
    }

    /** The facet ordinals; empty while no document of the index has a facet value (a new, empty index). */
    public Optional<SortedSetDocValuesReaderState> facets() {
        return Optional.ofNullable(facets);
    }

    /** What the index's searcher managers make their searchers with. */
    static SearcherFactory factory() {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                return new ProductSearcher(reader, hasField(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME)
                        ? new DefaultSortedSetDocValuesReaderState(reader, ProductFields.facetsConfig()) : null);
            }
        };
    }

    private static boolean hasField(IndexReader reader, String field) {
        for (LeafReaderContext leaf : reader.leaves()) {
            FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
            if (info != null) {
                return true;
            }
        }
        return false;
    }
}
