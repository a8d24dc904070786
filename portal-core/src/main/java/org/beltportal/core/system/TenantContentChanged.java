package org.beltportal.core.system;

import org.beltportal.core.tenant.TenantId;

/**
 * Published with every audited admin change of a tenant (categories, pages, products, branding,
 * templates ...), delivered after the change commits. Whatever caches what a tenant's visitors see (the
 * rendered page cache) drops that tenant's copy on it; features need not publish anything of their own.
 */
public record TenantContentChanged(TenantId tenantId) {
}
