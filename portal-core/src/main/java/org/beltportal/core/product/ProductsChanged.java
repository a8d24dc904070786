package org.beltportal.core.product;

import java.util.List;

import org.beltportal.core.tenant.TenantId;

/**
 * Published once per import batch, inside the batch's transaction, instead of one {@link ProductChanged} per row,
 * so the batch becomes one change-feed row and every node's index applies it in one go (decision 0043).
 * {@code created} holds the products the batch inserted exactly as it wrote them (their {@code updatedAt} is the write's instant): a listener may use
 * them instead of re-reading, as long as the row still carries that {@code updatedAt}
 * ({@link ProductService#updatedAt}). Updated rows keep columns the import does not write, so they are
 * only named in {@code productIds}.
 */
public record ProductsChanged(TenantId tenantId, List<Long> productIds, List<Product> created) {

    public ProductsChanged {
        productIds = List.copyOf(productIds);
        created = List.copyOf(created);
    }
}
