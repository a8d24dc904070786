package org.beltportal.core.synonym;

import org.beltportal.core.tenant.TenantId;

/** Published after a tenant's synonym sets are replaced, so the search side drops its cached copy. */
public record SynonymsChanged(TenantId tenantId) {
}
