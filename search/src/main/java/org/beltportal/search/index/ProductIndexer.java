package org.beltportal.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.beltportal.core.feed.FeedPoller;
import org.beltportal.core.job.Job;
import org.beltportal.core.job.JobProgress;
import org.beltportal.core.job.JobService;
import org.beltportal.core.job.JobState;
import org.beltportal.core.product.CatalogueEntry;
import org.beltportal.core.product.CataloguePage;
import org.beltportal.core.product.CatalogueScan;
import org.beltportal.core.product.Product;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.product.ProductsChanged;
import org.beltportal.core.supplier.Supplier;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.system.BackgroundPriority;
import org.beltportal.core.system.RequestsFirst;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.TenantService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the index in step with the database, which stays the truth: each committed product or supplier
 * change reaches it through the change feed ({@link IndexFollowsFeed}, decision 0043) and is re-read and
 * re-indexed; at start a reset index is rebuilt, and a kept one whose feed position is no longer in the feed
 * (or that has none) catches up with changes since its last commit.
 */
@Component
public class ProductIndexer {

    static final int BATCH = 500;
    /** Rows per step of a rebuild's pass: a few hundred KB of rows, three queries per step. */
    static final int SCAN_STEP = 1000;
    static final int FILL_THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());
    /** Changes this long before the last commit are re-read too: covers writes applied while it ran. */
    static final Duration CATCH_UP_MARGIN = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(ProductIndexer.class);

    private final ProductIndex index;
    private final ProductDocuments documents;
    private final TenantService tenants;
    private final ProductService products;
    private final SupplierService suppliers;
    private final CatalogueScan catalogue;
    private final JobService jobs;
    private final IndexCheck check;
    private final RequestsFirst requestsFirst;
    private final FeedPoller feed;

    public ProductIndexer(ProductIndex index, JsonMapper json, TenantService tenants, ProductService products,
                          SupplierService suppliers, CatalogueScan catalogue, JobService jobs, IndexCheck check,
                          RequestsFirst requestsFirst, FeedPoller feed) {
        this.feed = feed;
        this.requestsFirst = requestsFirst;
        this.catalogue = catalogue;
        this.check = check;
        this.jobs = jobs;
        this.index = index;
        this.documents = new ProductDocuments(json);
        this.tenants = tenants;
        this.products = products;
        this.suppliers = suppliers;
    }

    /**
     * An import batch, indexed together. Created products come with the event as written; a check of
     * their rows' last write (two columns by primary key) tells which are still current, and only the
     * others, and the updated ones, are re-read: re-reading whole rows and tiers was much of an import's
     * indexing cost. Ids gone meanwhile leave the index. Returns once the batch is searchable.
     */
    void on(ProductsChanged event) {
        apply(event).ifPresent(index::awaitSearchable);
    }

    /** As {@link #on(ProductsChanged)} without waiting: returns the last write, for the caller to wait for once. */
    Optional<IndexWrite> apply(ProductsChanged event) {
        Map<Long, Instant> current = products.updatedAt(event.tenantId(), event.productIds());
        List<Product> found = new ArrayList<>(event.productIds().size());
        Set<Long> reread = new HashSet<>(current.keySet());
        for (Product created : event.created()) {
            if (created.updatedAt().equals(current.get(created.id()))) {
                found.add(created);
                reread.remove(created.id());
            }
        }
        found.addAll(products.findByIds(event.tenantId(), reread));
        Optional<IndexWrite> last = index(found, event.tenantId());
        Set<Long> gone = new HashSet<>(event.productIds());
        found.forEach(product -> gone.remove(product.id()));
        for (long id : gone) {
            last = Optional.of(index.remove(ProductDocuments.key(event.tenantId(), id)));
        }
        return last;
    }

    /**
     * After start-up (and first-start seeding): a reset index is rebuilt as a job (search answers from the
     * empty index until the swap); a kept one re-reads what changed since its last commit. Either way off
     * the main thread, so the portal serves meanwhile.
     */
    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (index.wasReset()) {
            startRebuild("system");
            return;
        }
        OptionalLong position = index.feedPosition();
        if (position.isPresent() && feed.retainsAfter(position.getAsLong())) {
            log.info("Product index follows the change feed from row {}: no catch-up from the database needed",
                    position.getAsLong());
            return;
        }
        Instant since = index.lastCommit().map(t -> t.minus(CATCH_UP_MARGIN)).orElseThrow();
        BackgroundPriority.thread("index-catch-up").newThread(() -> catchUp(since)).start();
    }

    /**
     * Re-indexes every product written at or after {@code since}, in all tenants, and makes it searchable.
     * Each tenant's changed ids come from one index range, so only changed rows are read: a restart over
     * an unchanged catalogue costs a query per tenant, not a read of every row. A deleted row leaves no
     * trace to find by time, so the tenant's documents are then compared with its active ids (one more
     * index range) and the ids that differ are read again: a delete whose index update a crash lost.
     */
    public long catchUp(Instant since) {
        long started = System.nanoTime();
        long count = 0;
        long differing = 0;
        for (Tenant tenant : tenants.all()) {
            List<Long> changed = products.idsChangedSince(tenant.id(), since);
            reindex(tenant.id(), changed);
            count += changed.size();
            IndexCheck.Differences differences = check.compareIds(tenant.id());
            if (!differences.matches()) {
                log.warn("Product index of belt {} differed from the database after the catch-up ({} missing, {} extra): "
                        + "read again", tenant.slug(), differences.missing.size(), differences.extra.size());
                reindex(tenant.id(), differences.toRepair());
                differing += differences.toRepair().size();
            }
        }
        index.awaitAllSearchable();
        log.info("Product index caught up since {}: {} products and {} differing in {} ms", since, count, differing,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        return count + differing;
    }

    /** Reads {@code ids} again and indexes, replaces or removes each as its row now holds. */
    private void reindex(TenantId tenantId, List<Long> ids) {
        for (int from = 0; from < ids.size(); from += BATCH) {
            on(new ProductsChanged(tenantId, ids.subList(from, Math.min(ids.size(), from + BATCH)), List.of()));
        }
    }

    /**
     * Starts re-indexing one belt as a job of that belt: every product row is read again and indexed, replaced
     * or removed as it now is, then documents whose row is gone are removed. Search answers throughout (each
     * product's document is replaced in place, nothing is swapped). While one is queued or running, that job is
     * returned instead of a second (two requests at the same instant may start two; both leave the same index).
     */
    public Job startBeltReindex(String actor, TenantId tenantId) {
        List<Job> running = jobs.recent(tenantId, IndexMaintenance.BELT_REINDEX_JOB, List.of(JobState.QUEUED, JobState.RUNNING), Instant.EPOCH, 1);
        if (!running.isEmpty()) {
            return running.getFirst();
        }
        return jobs.start(actor, tenantId, IndexMaintenance.BELT_REINDEX_JOB, progress -> reindexBelt(tenantId, progress));
    }

    private String reindexBelt(TenantId tenantId, JobProgress progress) {
        List<Long> ids = products.idsChangedSince(tenantId, Instant.EPOCH);
        progress.total(ids.size());
        for (int from = 0; from < ids.size(); from += BATCH) {
            requestsFirst.pause();
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            on(new ProductsChanged(tenantId, batch, List.of()));
            progress.processed(batch.size());
        }
        List<Long> gone = check.compareIds(tenantId).toRepair();
        reindex(tenantId, gone);
        return "re-indexed " + ids.size() + " products" + (gone.isEmpty() ? "" : ", " + gone.size() + " differing read again");
    }

    /** Starts a full rebuild as a platform job; search keeps answering from the live index until the swap. */
    public Job startRebuild(String actor) {
        ProductIndex.Rebuild rebuild = index.startRebuild();
        try {
            return jobs.start(actor, null, IndexMaintenance.REBUILD_JOB, progress -> {
                try {
                    return rebuildInto(rebuild, progress);
                } catch (RuntimeException e) {
                    rebuild.abort();
                    throw e;
                }
            });
        } catch (RuntimeException jobNotStarted) {
            rebuild.abort();
            throw jobNotStarted;
        }
    }

    /**
     * Reads the catalogue in one pass along the primary key on the job's thread and analyses each step
     * on {@value #FILL_THREADS} workers: analysis is the costly part and IndexWriter takes documents from
     * several threads at once. At most two steps per worker wait in memory. Each step first gives way to
     * requests ({@link RequestsFirst}): a rebuild asked for at a busy hour takes longer instead of slowing buyers.
     */
    private String rebuildInto(ProductIndex.Rebuild rebuild, JobProgress progress) {
        progress.total(catalogue.countActive());
        long started = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(FILL_THREADS, BackgroundPriority.threads("index-fill-"));
        Semaphore waiting = new Semaphore(FILL_THREADS * 2);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        try {
            CatalogueScan.Pass pass = catalogue.pass();
            OptionalLong afterId = OptionalLong.of(0);
            while (afterId.isPresent() && failure.get() == null) {
                requestsFirst.pause();
                CataloguePage page = pass.after(afterId.getAsLong(), SCAN_STEP);
                waiting.acquire();
                workers.submit(() -> {
                    try {
                        for (CatalogueEntry entry : page.entries()) {
                            document(entry.product(), entry.supplier()).ifPresent(rebuild::add);
                        }
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        waiting.release();
                    }
                });
                progress.processed(page.read());
                afterId = page.nextAfterId();
            }
            workers.shutdown();
            if (!workers.awaitTermination(1, TimeUnit.HOURS)) {
                throw new IllegalStateException("index fill workers did not finish within an hour");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("index rebuild interrupted", e);
        } finally {
            workers.shutdownNow();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        rebuild.finish(this::reload);
        long millis = Math.max(1, Duration.ofNanos(System.nanoTime() - started).toMillis());
        String summary = "rebuilt " + progress.processedSoFar() + " products in " + millis + " ms ("
                + progress.processedSoFar() * 1000 / millis + " per second)";
        log.info("Product index {}", summary);
        return summary;
    }

    /** The current document for an index key "tenant:id", or empty when the product is gone or inactive. */
    private Optional<Document> reload(Term key) {
        String[] parts = key.text().split(":");
        TenantId tenantId = new TenantId(Long.parseLong(parts[0]));
        return products.find(tenantId, Long.parseLong(parts[1]))
                .flatMap(product -> document(product, suppliersOf(tenantId, List.of(product)).get(product.supplierId())));
    }

    /** Re-indexes one supplier's products (its name, rating and flags are in each of their documents). */
    void reindexSupplier(TenantId tenantId, long supplierId) {
        long afterId = 0;
        while (true) {
            List<Product> batch = products.batch(tenantId, supplierId, afterId, BATCH);
            if (batch.isEmpty()) {
                return;
            }
            index(batch, tenantId);
            afterId = batch.getLast().id();
        }
    }

    /** Indexes, replaces or removes each product as it now is; the last write, which covers the earlier ones. */
    private Optional<IndexWrite> index(List<Product> batch, TenantId tenantId) {
        Map<Long, Supplier> bySupplier = suppliersOf(tenantId, batch);
        IndexWrite last = null;
        for (Product product : batch) {
            Term key = ProductDocuments.key(tenantId, product.id());
            Optional<Document> document = document(product, bySupplier.get(product.supplierId()));
            last = document.isPresent() ? index.put(key, document.get()) : index.remove(key);
        }
        return Optional.ofNullable(last);
    }

    private Map<Long, Supplier> suppliersOf(TenantId tenantId, List<Product> batch) {
        return suppliers.byIds(tenantId, batch.stream().map(Product::supplierId).distinct().toList());
    }

    /** Only active products of a known supplier are searchable. */
    private Optional<Document> document(Product product, Supplier supplier) {
        if (!product.isActive() || supplier == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(documents.document(product, supplier));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
