/**
 * The domain of BeltPortal: tenants (belt portals), their catalogue, pages, users and the audit trail,
 * with persistence in MyBatis mappers over a Flyway-managed schema. Every other module builds on it.
 */
package org.beltportal.core;
