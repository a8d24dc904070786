package org.beltportal.core.campaign;

import java.time.Instant;

import org.beltportal.core.tenant.TenantId;

/** A campaign row as the table holds it: UTC instants, JSON text lists, months as {@code 3,9,12}. */
record CampaignRow(
        long id,
        TenantId tenantId,
        String slug,
        String name,
        CampaignKind kind,
        Instant warmupStart,
        Instant liveStart,
        Instant endAt,
        String timezone,
        String recurrenceMonths,
        String bannerText,
        String bannerImages,
        String featuredProducts,
        String featuredSuppliers,
        String placements,
        CampaignStatus status,
        String rejectionReason,
        String createdBy,
        String submittedBy,
        String decidedBy,
        int version,
        Instant createdAt,
        Instant updatedAt) {
}
