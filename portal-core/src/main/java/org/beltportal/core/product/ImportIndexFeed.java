package org.beltportal.core.product;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import org.beltportal.core.system.BackgroundPriority;

/**
 * Hands committed import batches to the search index on one thread of its own, so the importer writes
 * the next batch meanwhile. One thread keeps the updates in order; at most {@value #MAX_WAITING} batches
 * wait, so the index stays close behind the database.
 */
@Component
class ImportIndexFeed implements DisposableBean {

    static final int MAX_WAITING = 4;
    private static final Logger log = LoggerFactory.getLogger(ImportIndexFeed.class);

    private final ApplicationEventPublisher events;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            BackgroundPriority.thread("import-index"));
    private final Semaphore waiting = new Semaphore(MAX_WAITING);

    ImportIndexFeed(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Queues the batch's event; blocks while {@value #MAX_WAITING} batches already wait. */
    void publish(ProductImport run, ProductsChanged changed) {
        try {
            waiting.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the index caught up (shutting down?)", e);
        }
        try {
            run.indexing(thread.submit(() -> {
                try {
                    events.publishEvent(changed);
                } catch (RuntimeException e) {
                    // As for changes indexed after their commit elsewhere: logged; the database stays the truth.
                    log.error("Indexing an import batch of {} products for tenant {} failed",
                            changed.productIds().size(), changed.tenantId(), e);
                } finally {
                    waiting.release();
                }
            }));
        } catch (RejectedExecutionException shuttingDown) {
            waiting.release();
            throw shuttingDown;
        }
    }

    /** Returns once every batch of the import published so far is in the index. */
    void awaitIndexed(ProductImport run) {
        try {
            run.lastIndexing().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("indexing an import batch failed", e.getCause());
        }
    }

    @Override
    public void destroy() {
        // Batches not yet indexed are caught up from the database at the next start.
        thread.shutdownNow();
    }
}
