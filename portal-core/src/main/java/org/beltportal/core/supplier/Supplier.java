package org.beltportal.core.supplier;

import java.time.Instant;
import java.util.Set;

import org.beltportal.core.tenant.TenantId;

/**
 * A supplier as stored and as the admin API shows it; {@code code} is its optional code, unique in its belt, and
 * {@code contactEmail} where new inquiries about its products are sent (optional), {@code shopUrl} its shop on a
 * marketplace where buyers order (optional, {@link org.beltportal.core.system.MarketplaceUrls}).
 */
public record Supplier(
        long id,
        TenantId tenantId,
        String name,
        CreditRating creditRating,
        boolean verified,
        int yearsActive,
        String location,
        Set<Capability> capabilities,
        Integer employees,
        Integer factoryArea,
        String description,
        Instant createdAt,
        Instant updatedAt,
        String code,
        String contactEmail,
        String shopUrl) {

    /** A supplier without the field of V15 (its marketplace shop). */
    public Supplier(long id, TenantId tenantId, String name, CreditRating creditRating, boolean verified, int yearsActive,
                    String location, Set<Capability> capabilities, Integer employees, Integer factoryArea,
                    String description, Instant createdAt, Instant updatedAt, String code, String contactEmail) {
        this(id, tenantId, name, creditRating, verified, yearsActive, location, capabilities, employees, factoryArea,
                description, createdAt, updatedAt, code, contactEmail, null);
    }

    public Supplier {
        capabilities = capabilities == null ? Set.of() : Set.copyOf(capabilities);
    }

    public boolean can(Capability capability) {
        return capabilities.contains(capability);
    }
}
