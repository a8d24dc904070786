package org.beltportal.search.opensearch;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.beltportal.core.feed.DeadLetters;
import org.beltportal.core.job.Job;
import org.beltportal.core.job.JobProgress;
import org.beltportal.core.job.JobService;
import org.beltportal.core.job.JobState;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.system.RequestsFirst;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.search.index.IndexCheck;
import org.beltportal.search.index.IndexMaintenance;

/**
 * The operators' index work on the shared index: the rebuild into a new index behind the alias, a belt's re-index
 * in place, and the check of the cluster's documents against the database (the same comparison as the embedded
 * index's). A belt's re-index retries its dead letters: those the cluster now takes leave the list.
 */
class OpenSearchIndexMaintenance implements IndexMaintenance {

    private final OpenSearchIndexer indexer;
    private final OpenSearchDocuments documents;
    private final IndexCheck check;
    private final ProductService products;
    private final DeadLetters deadLetters;
    private final JobService jobs;
    private final RequestsFirst requestsFirst;
    private final Clock clock;

    OpenSearchIndexMaintenance(OpenSearchIndexer indexer, OpenSearchDocuments documents, IndexCheck check,
                               ProductService products, DeadLetters deadLetters, JobService jobs, RequestsFirst requestsFirst,
                               Clock clock) {
        this.clock = clock;
        this.indexer = indexer;
        this.documents = documents;
        this.check = check;
        this.products = products;
        this.deadLetters = deadLetters;
        this.jobs = jobs;
        this.requestsFirst = requestsFirst;
    }

    @Override
    public Job startRebuild(String actor) {
        return indexer.startRebuild(actor);
    }

    /** As the embedded index's: one job per belt at a time; search answers throughout (documents are replaced in place). */
    @Override
    public Job startBeltReindex(String actor, TenantId tenantId) {
        List<Job> running = jobs.recent(tenantId, BELT_REINDEX_JOB, List.of(JobState.QUEUED, JobState.RUNNING), Instant.EPOCH, 1);
        if (!running.isEmpty()) {
            return running.getFirst();
        }
        return jobs.start(actor, tenantId, BELT_REINDEX_JOB, progress -> reindexBelt(tenantId, progress));
    }

    private String reindexBelt(TenantId tenantId, JobProgress progress) {
        Instant started = clock.instant();
        List<Long> ids = products.idsChangedSince(tenantId, Instant.EPOCH);
        progress.total(ids.size());
        for (int from = 0; from < ids.size(); from += OpenSearchIndexer.BATCH) {
            requestsFirst.pause();
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + OpenSearchIndexer.BATCH));
            indexer.apply(tenantId, batch, false);
            progress.processed(batch.size());
        }
        // Documents whose row is gone (a delete whose drain was lost): removed as of now.
        List<Long> gone = check.differingIds(tenantId, documents);
        indexer.apply(tenantId, gone, false);
        // Done means searchable, as the embedded re-index's batches are.
        indexer.flush(true);
        deadLetters.retriedSince(tenantId, started);
        return "re-indexed " + ids.size() + " products" + (gone.isEmpty() ? "" : ", " + gone.size() + " differing read again");
    }

    @Override
    public List<IndexCheck.BeltComparison> check() {
        return check.compareAll(documents);
    }
}
