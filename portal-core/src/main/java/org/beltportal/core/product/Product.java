package org.beltportal.core.product;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.beltportal.core.tenant.TenantId;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A product with its price tiers (ascending by quantity), as the admin API and the portal read it. */
public record Product(
        long id,
        TenantId tenantId,
        String sku,
        String title,
        String titleEn,
        String description,
        String category,
        long supplierId,
        int moq,
        String unit,
        BigDecimal minPrice,
        List<PriceTier> priceTiers,
        Map<String, String> attributes,
        List<String> images,
        ProductStatus status,
        Instant createdAt,
        Instant updatedAt) {

    @JsonIgnore
    public boolean isActive() {
        return status == ProductStatus.ACTIVE;
    }
}
