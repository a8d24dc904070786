/**
 * The admin side: authentication (tokens, console sessions), per-tenant authorisation, and the admin
 * JSON API under {@code /admin/api/v1/}. Controllers translate HTTP to core services and check rights;
 * the services do the work and write the audit trail.
 */
package org.beltportal.admin;
