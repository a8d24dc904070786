package org.beltportal.search.index;

import org.beltportal.core.tenant.TenantId;

/** The documents of a belt as one search backend holds them, read for {@link IndexCheck}'s comparison with the database. */
public interface IndexedDocuments {

    /** The last write of a document that carries none: differs from every row's. */
    long NO_VERSION = Long.MIN_VALUE;

    /** Makes every write applied so far visible to {@link #scan}. */
    void awaitSearchable();

    /** Hands each live document of the belt to {@code sink}, in any order. */
    void scan(TenantId tenantId, Sink sink);

    /** One document: its product id and its row's last write when indexed (epoch ms). */
    @FunctionalInterface
    interface Sink {
        void accept(long productId, long updatedMillis);
    }
}
