package org.beltportal.search.index;

import java.util.List;

import org.beltportal.core.job.Job;
import org.beltportal.core.tenant.TenantId;

/**
 * What operators do to the search index, on whichever backend {@code portal.search.backend} names: the full rebuild
 * (API and command), a belt's re-index (console) and the check against the database (API). One port, so the console
 * and the API never reach the embedded index behind the cluster's back.
 */
public interface IndexMaintenance {

    /** The kind of the platform job that rebuilds the whole index. */
    String REBUILD_JOB = "reindex";
    /** The kind of a belt's job that re-reads its products into the index, as its operators start it. */
    String BELT_REINDEX_JOB = "reindex-belt";

    /** Starts a full rebuild as a platform job; searches keep answering from the old index until it is replaced. */
    Job startRebuild(String actor);

    /**
     * Starts re-indexing one belt as a job of that belt (or returns the one queued or running): every product is
     * read again and indexed, replaced or removed as it now is, and documents whose row is gone are removed.
     */
    Job startBeltReindex(String actor, TenantId tenantId);

    /** Every belt's documents compared with its active products, in the order of the belts. */
    List<IndexCheck.BeltComparison> check();
}
