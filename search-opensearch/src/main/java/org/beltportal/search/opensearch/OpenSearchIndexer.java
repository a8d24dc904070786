package org.beltportal.search.opensearch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.beltportal.core.feed.FeedApplier;
import org.beltportal.core.feed.FeedEntry;
import org.beltportal.core.feed.FeedPoller;
import org.beltportal.core.job.Job;
import org.beltportal.core.job.JobProgress;
import org.beltportal.core.job.JobService;
import org.beltportal.core.product.CatalogueEntry;
import org.beltportal.core.product.CataloguePage;
import org.beltportal.core.product.CatalogueScan;
import org.beltportal.core.product.Product;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.supplier.Supplier;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.system.RequestsFirst;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.search.index.IndexMaintenance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Keeps the shared index in step with the database, which stays the truth, by draining the change feed
 * (decision 0043): each row is applied once across all nodes, by the node that locks it, and a node that dies
 * mid-batch leaves its rows to another. Applying reads the rows again and writes what each now is, so a row
 * applied twice, late or out of order leaves the same index. A document the cluster refuses is recorded as a dead
 * letter and the rest are written (decision 0054), so one product that does not fit the mapping never holds the
 * feed.
 */
public class OpenSearchIndexer implements FeedApplier {

    static final int BATCH = 500;
    static final int SCAN_STEP = 1000;
    private static final Logger log = LoggerFactory.getLogger(OpenSearchIndexer.class);

    private final OpenSearchProductIndex index;
    private final ProductService products;
    private final SupplierService suppliers;
    private final CatalogueScan catalogue;
    private final JobService jobs;
    private final RequestsFirst requestsFirst;
    private final FeedPoller feed;
    private final RefusedDocuments refused;

    OpenSearchIndexer(OpenSearchProductIndex index, ProductService products, SupplierService suppliers,
                      CatalogueScan catalogue, JobService jobs, RequestsFirst requestsFirst, FeedPoller feed,
                      RefusedDocuments refused) {
        this.index = index;
        this.refused = refused;
        this.products = products;
        this.suppliers = suppliers;
        this.catalogue = catalogue;
        this.jobs = jobs;
        this.requestsFirst = requestsFirst;
        this.feed = feed;
    }

    /**
     * Reads these products of one tenant again and indexes each as its row now is: active ones with a known
     * supplier written, the others (inactive, deleted, of a deleted supplier) removed. Returns once they are
     * searchable when {@code waitUntilSearchable}. A document the cluster refuses becomes a dead letter and the
     * others are written (decision 0054); a cluster that is away or busy throws, and the caller retries.
     */
    public void apply(TenantId tenantId, Collection<Long> productIds, boolean waitUntilSearchable) {
        List<Long> ids = List.copyOf(new HashSet<>(productIds));
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            List<Product> found = products.findByIds(tenantId, batch);
            Map<Long, Supplier> bySupplier = suppliers.byIds(tenantId, found.stream().map(Product::supplierId).distinct().toList());
            List<Map<String, Object>> documents = new ArrayList<>();
            Map<Long, Long> removed = new HashMap<>();
            long now = index.now();
            batch.forEach(id -> removed.put(id, now));
            for (Product product : found) {
                Supplier supplier = bySupplier.get(product.supplierId());
                if (product.isActive() && supplier != null) {
                    documents.add(ProductSources.source(product, supplier));
                    removed.remove(product.id());
                } else if (supplier != null) {
                    // Inactive: removed as of the write that made it so; a later write that restores it wins.
                    removed.put(product.id(), product.updatedAt().toEpochMilli());
                }
            }
            refused.settle(tenantId, batch, index.write(tenantId, documents, removed, waitUntilSearchable));
        }
    }

    /** The products of one supplier as their rows now are: its rating, verification and name are in each document. */
    public void reindexSupplier(TenantId tenantId, long supplierId) {
        long afterId = 0;
        while (true) {
            List<Product> batch = products.batch(tenantId, supplierId, afterId, BATCH);
            if (batch.isEmpty()) {
                return;
            }
            apply(tenantId, batch.stream().map(Product::id).toList(), false);
            afterId = batch.getLast().id();
        }
    }

    /**
     * One feed row, on whichever node drains it: products and suppliers are read again and written as they now
     * are (a deleted product's row is gone, so it is removed as of now). Synonyms are read at query time and
     * content changes no document.
     */
    @Override
    public void apply(FeedEntry entry) {
        switch (entry.kind()) {
            case PRODUCTS -> apply(entry.tenantId(), entry.ids(), false);
            case SUPPLIERS -> entry.ids().forEach(supplierId -> reindexSupplier(entry.tenantId(), supplierId));
            default -> {
                // nothing in the documents changes
            }
        }
    }

    /** A drained row must be searchable: the node waiting for it (an import's) may be another one. */
    @Override
    public void flush(boolean awaited) {
        if (awaited) {
            index.refresh();
        }
    }

    /** The cluster's index is shared: each row is applied by one node, under the row's lock. */
    @Override
    public Scope scope() {
        return Scope.ONCE;
    }

    /**
     * A new (or old-schema) index is filled from the database as a job; searches answer meanwhile. The feed's
     * rows committed before it are then left out: the fill reads what they changed.
     */
    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (index.ensure()) {
            feed.skipUndrained();
            startRebuild("system");
        }
    }

    /**
     * Rebuilds the shared index into a new one as a platform job and moves the alias to it when it is full:
     * searches answer from the old index throughout, and writes meanwhile reach both. Every product is written
     * again, so the dead letters the fill did not refuse again are gone after the swap.
     */
    public Job startRebuild(String actor) {
        String target = index.startFill();
        try {
            return jobs.start(actor, null, IndexMaintenance.REBUILD_JOB, progress -> {
                try {
                    return fill(target, progress);
                } catch (RuntimeException e) {
                    index.abandon(target);
                    throw e;
                }
            });
        } catch (RuntimeException notStarted) {
            index.abandon(target);
            throw notStarted;
        }
    }

    private String fill(String target, JobProgress progress) {
        progress.total(catalogue.countActive());
        long started = System.nanoTime();
        Instant startedAt = Instant.ofEpochMilli(index.now());
        CatalogueScan.Pass pass = catalogue.pass();
        OptionalLong afterId = OptionalLong.of(0);
        while (afterId.isPresent()) {
            requestsFirst.pause();
            CataloguePage page = pass.after(afterId.getAsLong(), SCAN_STEP);
            List<Map<String, Object>> documents = new ArrayList<>(page.entries().size());
            for (CatalogueEntry entry : page.entries()) {
                if (entry.product().isActive() && entry.supplier() != null) {
                    documents.add(ProductSources.source(entry.product(), entry.supplier()));
                }
            }
            refused.record(index.fill(target, documents));
            progress.processed(page.read());
            afterId = page.nextAfterId();
        }
        index.swap(target);
        refused.retriedSince(startedAt);
        long millis = Math.max(1, Duration.ofNanos(System.nanoTime() - started).toMillis());
        String summary = "rebuilt " + progress.processedSoFar() + " products into " + target + " in " + millis + " ms";
        log.info("OpenSearch product index {}", summary);
        return summary;
    }
}
