package org.beltportal.core.tenant;

/** Published after a tenant's settings, status, hosts or branding change, so caches of it can drop it. */
public record TenantChanged(TenantId tenantId) {
}
