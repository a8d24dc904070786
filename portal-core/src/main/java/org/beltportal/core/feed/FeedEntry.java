package org.beltportal.core.feed;

import java.util.List;

import org.beltportal.core.product.Product;
import org.beltportal.core.tenant.TenantId;

/**
 * One row of the change feed as a node applies it.
 *
 * @param ids     product or supplier ids ({@link ChangeKind#PRODUCTS}, {@link ChangeKind#SUPPLIERS}), else empty
 * @param created products an import batch inserted, exactly as written, when this node wrote the row: an
 *                applier may use them instead of re-reading, while their row still has that {@code updatedAt}
 *                (as {@link org.beltportal.core.product.ProductsChanged#created()}); empty on other nodes
 */
public record FeedEntry(long id, ChangeKind kind, TenantId tenantId, List<Long> ids, List<Product> created) {

    public FeedEntry {
        ids = List.copyOf(ids);
        created = List.copyOf(created);
    }

    FeedEntry withCreated(List<Product> written) {
        return new FeedEntry(id, kind, tenantId, ids, written);
    }
}
