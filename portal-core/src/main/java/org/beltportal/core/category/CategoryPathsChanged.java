package org.beltportal.core.category;

import java.util.List;

import org.beltportal.core.tenant.TenantId;

/**
 * Published inside the transaction that renamed or moved a category: the paths of {@code categoryIds}
 * (the category and everything beneath it) changed, so whatever holds a copy of them (the search
 * index's documents) must read its products again.
 */
public record CategoryPathsChanged(TenantId tenantId, List<Long> categoryIds) {

    public CategoryPathsChanged {
        categoryIds = List.copyOf(categoryIds);
    }
}
