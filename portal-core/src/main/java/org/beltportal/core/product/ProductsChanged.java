package org.beltportal.core.product;

import java.util.List;

import org.beltportal.core.tenant.TenantId;

/**
 * Published once per committed import batch instead of one {@link ProductChanged} per row, so listeners
 * (the search index) can re-read and apply the whole batch in one go.
 */
public record ProductsChanged(TenantId tenantId, List<Long> productIds) {

    public ProductsChanged {
        productIds = List.copyOf(productIds);
    }
}
