/**
 * {@code /admin/api/v1/tenants/{slug}/templates}: operators list, read, override, revert and look back
 * through a tenant's page templates (region operators and platform admins only).
 */
package org.beltportal.admin.template;
