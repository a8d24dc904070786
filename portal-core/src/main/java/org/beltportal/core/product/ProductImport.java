package org.beltportal.core.product;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import org.beltportal.core.category.Category;
import org.beltportal.core.tenant.TenantId;

/**
 * One import run across its batches: who imports into which tenant, the categories resolved so far and
 * the running counts for the audit entry. Used by the import's own thread only.
 */
public final class ProductImport {

    /** Enough for any real catalogue; bounded so a file with a million distinct paths cannot exhaust memory. */
    static final int MAX_CACHED_CATEGORIES = 10_000;

    private final String actor;
    private final TenantId tenantId;
    private final boolean createCategories;
    private final Map<String, Category> categories = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Category> eldest) {
            return size() > MAX_CACHED_CATEGORIES;
        }
    };
    private Future<?> lastIndexing = CompletableFuture.completedFuture(null);
    private long created;
    private long updated;
    private long failed;

    /**
     * @param createCategories whether a row's unknown category path is created (the operator asked for it)
     *                         rather than reported as that row's error
     */
    public ProductImport(String actor, TenantId tenantId, boolean createCategories) {
        this.actor = actor;
        this.tenantId = tenantId;
        this.createCategories = createCategories;
    }

    public String actor() {
        return actor;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public boolean createCategories() {
        return createCategories;
    }

    public long created() {
        return created;
    }

    public long updated() {
        return updated;
    }

    /** Rows refused by validation or by the database. */
    public long failed() {
        return failed;
    }

    /** Counts rows the caller refused before handing them over (unparseable cells), so the audit sees them too. */
    public void countFailed(long rows) {
        failed += rows;
    }

    /** The categories resolved so far by path, with their English names as this run last saw them. */
    Map<String, Category> categories() {
        return categories;
    }

    /** The index update of the latest batch: updates run in order, so when it is done all of them are. */
    Future<?> lastIndexing() {
        return lastIndexing;
    }

    void indexing(Future<?> update) {
        lastIndexing = update;
    }

    void count(long createdRows, long updatedRows, long failedRows) {
        created += createdRows;
        updated += updatedRows;
        failed += failedRows;
    }
}
