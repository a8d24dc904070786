package org.beltportal.core.product;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.beltportal.core.feed.FeedPoller;
import org.springframework.stereotype.Component;

/**
 * Keeps an import close behind the search index. A batch's products reach the index, on this node as on every
 * other, through the change feed row its transaction wrote (decision 0043); this node's feed thread applies it at
 * once. At most {@value #MAX_WAITING} committed batches wait to be applied before the importer writes the next, so
 * the index stays close behind the database, and an import ends only once its batches are searchable.
 */
@Component
class ImportIndexFeed {

    static final int MAX_WAITING = 4;
    /** A feed thread that has not applied a batch in this long has stopped (the node is shutting down). */
    static final long MAX_WAIT_MINUTES = 10;

    private final FeedPoller feed;
    private final Semaphore waiting = new Semaphore(MAX_WAITING);

    ImportIndexFeed(FeedPoller feed) {
        this.feed = feed;
    }

    /** Called after a batch committed: the import's indexing now includes it; blocks while too many wait. */
    void committed(ProductImport run) {
        try {
            waiting.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the index caught up (shutting down?)", e);
        }
        CompletableFuture<Void> applied = feed.caughtUp();
        applied.whenComplete((done, failure) -> waiting.release());
        run.indexing(applied);
    }

    /** Returns once every batch of the import committed so far is in the index. */
    void awaitIndexed(ProductImport run) {
        try {
            run.lastIndexing().get(MAX_WAIT_MINUTES, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("indexing an import batch failed", e.getCause() == null ? e : e.getCause());
        }
    }
}
