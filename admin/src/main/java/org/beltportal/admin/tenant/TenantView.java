package org.beltportal.admin.tenant;

import java.time.Instant;
import java.util.List;

import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantStatus;

/** A tenant as the admin API shows it, hosts included. */
public record TenantView(
        String slug,
        String name,
        String nameEn,
        String region,
        List<String> hosts,
        String timezone,
        String locale,
        String theme,
        TenantStatus status,
        String icpNumber,
        Instant createdAt,
        Instant updatedAt,
        String regionCode) {

    static TenantView of(Tenant tenant, List<String> hosts) {
        return new TenantView(tenant.slug(), tenant.name(), tenant.nameEn(), tenant.region(), hosts, tenant.timezone(),
                tenant.locale(), tenant.theme(), tenant.status(), tenant.icpNumber(), tenant.createdAt(), tenant.updatedAt(),
                tenant.regionCode());
    }
}
