package org.beltportal.core.supplier;

import java.time.Instant;
import java.util.Set;

import org.beltportal.core.tenant.TenantId;

/**
 * A supplier as stored and as the admin API shows it; {@code code} is its optional code, unique in its belt, and
 * {@code contactEmail} where new inquiries about its products are sent (optional).
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
        String contactEmail) {

    public Supplier {
        capabilities = capabilities == null ? Set.of() : Set.copyOf(capabilities);
    }

    public boolean can(Capability capability) {
        return capabilities.contains(capability);
    }
}
