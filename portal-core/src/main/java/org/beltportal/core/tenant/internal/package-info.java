/**
 * Tenant persistence: the MyBatis mappers of tenants, their hosts and branding. Only {@code tenant} uses
 * them; other code goes through {@link org.beltportal.core.tenant.TenantService} and
 * {@link org.beltportal.core.tenant.TenantDirectory}.
 */
package org.beltportal.core.tenant.internal;
