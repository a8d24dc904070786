package org.beltportal.core.tenant;

import java.time.Instant;
import java.time.ZoneId;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A belt portal as stored. Hosts and branding are read separately; they change on their own. */
public record Tenant(
        TenantId id,
        String slug,
        String name,
        String nameEn,
        String region,
        String locale,
        String timezone,
        String theme,
        TenantStatus status,
        String icpNumber,
        Instant createdAt,
        Instant updatedAt) {

    @JsonIgnore
    public ZoneId zone() {
        return ZoneId.of(timezone);
    }

    @JsonIgnore
    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }
}
