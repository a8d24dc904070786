/**
 * The audit trail's persistence: its MyBatis mapper. Only {@code audit} uses it; other code records
 * and reads entries through {@link org.beltportal.core.audit.AuditLog}.
 */
package org.beltportal.core.audit.internal;
