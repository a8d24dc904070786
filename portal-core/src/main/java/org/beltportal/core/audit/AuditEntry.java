package org.beltportal.core.audit;

import java.time.Instant;

import org.beltportal.core.tenant.TenantId;

/** One recorded change. {@code before} and {@code after} are JSON snapshots; null where there was none. */
public record AuditEntry(
        long id,
        TenantId tenantId,
        String actor,
        String action,
        String entityType,
        String entityId,
        String before,
        String after,
        Instant at) {
}
