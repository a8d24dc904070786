/**
 * Resolving each request to a portal: exact Host header first, else a {@code /t/{slug}} prefix; the
 * result is handed to controllers as an explicit {@link org.beltportal.core.tenant.web.Site} or
 * {@link org.beltportal.core.tenant.Tenant} argument, never kept in a global.
 */
package org.beltportal.core.tenant.web;
