package org.beltportal.core.product;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.beltportal.core.tenant.TenantId;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A product with its price tiers (ascending by quantity), as the admin API and the portal read it. {@code unitEn}
 * is the unit on English pages (the Chinese {@code unit} where absent); {@code listingUrl} is the product's listing
 * on a marketplace where buyers order it (optional, {@link org.beltportal.core.system.MarketplaceUrls}).
 */
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
        Instant updatedAt,
        String unitEn,
        String listingUrl) {

    /** A product without the fields of V15 (English unit, marketplace listing). */
    public Product(long id, TenantId tenantId, String sku, String title, String titleEn, String description,
                   String category, long supplierId, int moq, String unit, BigDecimal minPrice, List<PriceTier> priceTiers,
                   Map<String, String> attributes, List<String> images, ProductStatus status, Instant createdAt,
                   Instant updatedAt) {
        this(id, tenantId, sku, title, titleEn, description, category, supplierId, moq, unit, minPrice, priceTiers,
                attributes, images, status, createdAt, updatedAt, null, null);
    }

    @JsonIgnore
    public boolean isActive() {
        return status == ProductStatus.ACTIVE;
    }
}
