package org.beltportal.core.notification;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.beltportal.core.tenant.TenantId;

/**
 * One notification of one inquiry to one recipient (an email address or the webhook's URL) and how its
 * sending went: {@code attempts} made so far, the last one's error in short, when the next one is due.
 */
public record Delivery(
        long id,
        @JsonIgnore TenantId tenantId,
        long inquiryId,
        Channel channel,
        String recipient,
        DeliveryStatus status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant createdAt,
        Instant updatedAt) {
}
