package org.beltportal.core.template;

import org.beltportal.core.tenant.TenantId;

/** Published after an override is saved or reverted, so the theme engine drops the tenant's cached templates. */
public record TemplateOverrideChanged(TenantId tenantId, String path) {
}
