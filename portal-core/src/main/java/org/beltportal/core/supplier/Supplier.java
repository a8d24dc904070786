package org.beltportal.core.supplier;

import java.time.Instant;
import java.util.Set;

import org.beltportal.core.tenant.TenantId;

/** A supplier as stored and as the admin API shows it. */
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
        Instant updatedAt) {

    public Supplier {
        capabilities = capabilities == null ? Set.of() : Set.copyOf(capabilities);
    }

    public boolean can(Capability capability) {
        return capabilities.contains(capability);
    }
}
