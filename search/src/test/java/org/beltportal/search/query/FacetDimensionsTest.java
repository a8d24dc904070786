package org.beltportal.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.beltportal.search.index.ProductFields;
import org.junit.jupiter.api.Test;

/**
 * A fresh install whose products have no category yet has an index without the category dimension: its
 * searches must count the other facets and list no categories, not fail.
 */
class FacetDimensionsTest {

    @Test
    void anIndexWithoutAnyCategoryCountsTheOtherFacetsAndNoCategories() throws IOException {
        try (var directory = new ByteBuffersDirectory();
             var writer = new IndexWriter(directory, new IndexWriterConfig())) {
            Document product = new Document();
            product.add(new SortedSetDocValuesFacetField(ProductFields.FACET_RATING, "5A"));
            writer.addDocument(ProductFields.facetsConfig().build(product));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                var collected = searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
                var state = new DefaultSortedSetDocValuesReaderState(reader, ProductFields.facetsConfig());
                var counts = new SortedSetDocValuesFacetCounts(state, collected);

                assertThat(LuceneProductSearch.counts(counts, state, ProductFields.FACET_CATEGORY)).isEmpty();
                assertThat(LuceneProductSearch.counts(counts, state, ProductFields.FACET_CATEGORY, "童装", "女童")).isEmpty();
                assertThat(LuceneProductSearch.counts(counts, state, ProductFields.FACET_VERIFIED)).isEmpty();
                assertThat(LuceneProductSearch.counts(counts, state, ProductFields.FACET_RATING))
                        .containsExactly(new SearchResult.FacetCount("5A", 1));
            }
        }
    }
}
