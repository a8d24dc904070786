package org.beltportal.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.beltportal.core.feed.DeadLetters;
import org.beltportal.core.feed.FeedPoller;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.product.ProductVersion;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.TenantService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Compares an index with the database, which is the truth: per belt, the active products (every product
 * has its supplier, a foreign key) against the documents, by id and last write. The embedded index's documents by
 * default; the configured backend's through {@link IndexedDocuments} ({@link IndexMaintenance#check()}). The
 * operator's check and the start-up catch-up use it; it reads, it never writes.
 * Writes during a comparison can show as differences that are gone a moment later.
 */
@Component
public class IndexCheck {

    /** Differing ids shown per belt and kind: enough to look a few up, never a million in one answer. */
    static final int EXAMPLES = 10;
    private static final int STEP = 10_000;
    private static final int FEED_WAIT_SECONDS = 30;
    private static final Logger log = LoggerFactory.getLogger(IndexCheck.class);

    private final ProductIndex index;
    private final ProductService products;
    private final TenantService tenants;
    private final FeedPoller feed;
    private final DeadLetters deadLetters;
    private final IndexedDocuments embedded;

    public IndexCheck(ProductIndex index, ProductService products, TenantService tenants, FeedPoller feed,
                      DeadLetters deadLetters) {
        this.feed = feed;
        this.deadLetters = deadLetters;
        this.embedded = new IndexedDocuments() {
            @Override
            public void awaitSearchable() {
                index.awaitAllSearchable();
            }

            @Override
            public void scan(TenantId tenantId, Sink sink) {
                scanEmbedded(tenantId, sink);
            }
        };
        this.index = index;
        this.products = products;
        this.tenants = tenants;
    }

    /** Every belt's comparison by id and last write, in the order of {@link TenantService#all()}. */
    public List<BeltComparison> compareAll() {
        return compareAll(embedded);
    }

    /**
     * Every belt's comparison of these documents (the configured backend's) with the database, by id and last
     * write, with the products the backend refused (decision 0054).
     */
    public List<BeltComparison> compareAll(IndexedDocuments documents) {
        awaitApplied(documents);
        Map<TenantId, Long> refused = deadLetters.countByBelt();
        List<BeltComparison> belts = new ArrayList<>();
        for (Tenant tenant : tenants.all()) {
            belts.add(against(activeVersions(tenant.id()), tenant.id(), documents)
                    .summary(tenant.slug(), refused.getOrDefault(tenant.id(), 0L)));
        }
        return belts;
    }

    /** How the documents of one belt differ from its active products by id: index entries only, no rows read. */
    Differences compareIds(TenantId tenantId) {
        awaitApplied(embedded);
        return against(activeIds(tenantId), tenantId, embedded);
    }

    /**
     * The ids of one belt whose documents differ from its active products by id (missing or extra), index entries
     * only: each to be read again and indexed or removed as its row now is.
     */
    public List<Long> differingIds(TenantId tenantId, IndexedDocuments documents) {
        awaitApplied(documents);
        return against(activeIds(tenantId), tenantId, documents).toRepair();
    }

    /**
     * Changes committed before the comparison reach the index through the change feed a moment later (decision
     * 0043): wait for them to be applied and searchable, once per comparison, so they do not show as differences.
     */
    private void awaitApplied(IndexedDocuments documents) {
        try {
            feed.caughtUp().get(FEED_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("The change feed was not applied within {} s; comparing the index as it is", FEED_WAIT_SECONDS);
        }
        documents.awaitSearchable();
    }

    private Differences against(Products truth, TenantId tenantId, IndexedDocuments documents) {
        Differences found = new Differences(truth.ids.length);
        BitSet seen = new BitSet(truth.ids.length);
        documents.scan(tenantId, (id, updated) -> {
            found.documents++;
            int at = Arrays.binarySearch(truth.ids, id);
            if (at < 0 || seen.get(at)) {
                found.extra.add(id);
                return;
            }
            seen.set(at);
            if (truth.updated != null && updated != truth.updated[at]) {
                found.stale.add(id);
            }
        });
        for (int at = seen.nextClearBit(0); at < truth.ids.length; at = seen.nextClearBit(at + 1)) {
            found.missing.add(truth.ids[at]);
        }
        return found;
    }

    /** The embedded index's live documents of one belt, one pass over its segments. */
    private void scanEmbedded(TenantId tenantId, IndexedDocuments.Sink sink) {
        index.search(searcher -> {
            try {
                scanEmbedded(searcher, tenantId, sink);
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void scanEmbedded(IndexSearcher searcher, TenantId tenantId, IndexedDocuments.Sink sink) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(new TermQuery(new Term(ProductFields.TENANT,
                Long.toString(tenantId.value())))), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            NumericDocValues ids = DocValues.getNumeric(leaf.reader(), ProductFields.ID);
            NumericDocValues updated = DocValues.getNumeric(leaf.reader(), ProductFields.UPDATED);
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if ((live != null && !live.get(doc)) || !ids.advanceExact(doc)) {
                    continue;
                }
                sink.accept(ids.longValue(), updated.advanceExact(doc) ? updated.longValue() : IndexedDocuments.NO_VERSION);
            }
        }
    }

    private Products activeIds(TenantId tenantId) {
        Products all = new Products(false);
        for (List<Long> step = products.activeIds(tenantId, 0, STEP); !step.isEmpty();
             step = products.activeIds(tenantId, step.getLast(), STEP)) {
            step.forEach(id -> all.add(id, 0));
        }
        return all.trimmed();
    }

    private Products activeVersions(TenantId tenantId) {
        Products all = new Products(true);
        for (List<ProductVersion> step = products.activeVersions(tenantId, 0, STEP); !step.isEmpty();
             step = products.activeVersions(tenantId, step.getLast().id(), STEP)) {
            step.forEach(version -> all.add(version.id(), version.updatedAt().toEpochMilli()));
        }
        return all.trimmed();
    }

    /** Active products in id order, as growing arrays: a million ids are 8 MB, not a map of boxed longs. */
    private static final class Products {
        long[] ids = new long[1024];
        long[] updated;
        int size;

        Products(boolean versions) {
            updated = versions ? new long[1024] : null;
        }

        void add(long id, long updatedMillis) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                updated = updated == null ? null : Arrays.copyOf(updated, size * 2);
            }
            ids[size] = id;
            if (updated != null) {
                updated[size] = updatedMillis;
            }
            size++;
        }

        Products trimmed() {
            ids = Arrays.copyOf(ids, size);
            updated = updated == null ? null : Arrays.copyOf(updated, size);
            return this;
        }
    }

    /** Every differing id of one belt: products without a document, documents without an active product, older copies. */
    static final class Differences {
        final long products;
        long documents;
        final List<Long> missing = new ArrayList<>();
        final List<Long> extra = new ArrayList<>();
        final List<Long> stale = new ArrayList<>();

        Differences(long products) {
            this.products = products;
        }

        boolean matches() {
            return missing.isEmpty() && extra.isEmpty() && stale.isEmpty();
        }

        /** Ids to read again from the database: each is indexed, replaced or removed by what its row holds now. */
        List<Long> toRepair() {
            List<Long> ids = new ArrayList<>(missing);
            ids.addAll(extra);
            ids.addAll(stale);
            return ids;
        }

        BeltComparison summary(String belt, long refused) {
            return new BeltComparison(belt, products, documents, missing.size(), extra.size(), stale.size(), refused,
                    first(missing), first(extra), first(stale));
        }

        private static List<Long> first(List<Long> ids) {
            return List.copyOf(ids.subList(0, Math.min(EXAMPLES, ids.size())));
        }
    }

    /**
     * One belt's comparison as an operator reads it: counts, and the first {@value #EXAMPLES} ids of each
     * kind of difference. {@code products} are the belt's active products, {@code documents} its index documents,
     * {@code refused} its products the search cluster refused (decision 0054; each is missing too, and does not
     * count again in {@link #matches()}).
     */
    public record BeltComparison(String belt, long products, long documents, long missing, long extra, long stale,
                                 long refused, List<Long> missingIds, List<Long> extraIds, List<Long> staleIds) {

        public boolean matches() {
            return missing == 0 && extra == 0 && stale == 0;
        }
    }
}
