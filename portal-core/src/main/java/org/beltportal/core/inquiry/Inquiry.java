package org.beltportal.core.inquiry;

import java.time.Instant;

import org.beltportal.core.tenant.TenantId;

/**
 * A buyer's inquiry as stored. {@code productTitle} is the title when it was sent (the product may change
 * or go); {@code supplierId} is the product's supplier then. {@code senderHash} is a salted hash of the
 * client address: equal for one sender, useless for finding the address.
 */
public record Inquiry(
        long id,
        TenantId tenantId,
        long productId,
        Long supplierId,
        String productTitle,
        int quantity,
        String name,
        String company,
        String phone,
        String email,
        String message,
        InquiryStatus status,
        String senderHash,
        Instant createdAt,
        Instant updatedAt) {
}
