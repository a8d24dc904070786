/**
 * Tenants: one belt portal each, with its hosts, branding and status, and the directory that resolves a
 * request's Host header or slug to a tenant. The web side of resolution lives in {@code tenant.web}.
 */
package org.beltportal.core.tenant;
