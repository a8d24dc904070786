package org.beltportal.core.product.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.beltportal.core.product.PriceTier;
import org.beltportal.core.product.Product;
import org.beltportal.core.product.ProductStatus;
import org.beltportal.core.tenant.TenantId;

/** A product row as the mapper reads it; price tiers come from their own table and are joined in Java. */
public record ProductRow(
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
        Map<String, String> attributes,
        List<String> images,
        ProductStatus status,
        Instant createdAt,
        Instant updatedAt,
        String unitEn,
        String listingUrl) {

    public Product withTiers(List<PriceTier> tiers) {
        return new Product(id, tenantId, sku, title, titleEn, description, category, supplierId, moq, unit, minPrice,
                List.copyOf(tiers), attributes, images, status, createdAt, updatedAt, unitEn, listingUrl);
    }
}
