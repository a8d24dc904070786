package org.beltportal.core.tenant;

import java.time.Instant;
import java.time.ZoneId;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A belt portal as stored. Hosts and branding are read separately; they change on their own. {@code region} is the
 * place as buyers read it; {@code regionCode} the node of the region tree the belt belongs to (null: none yet, so
 * only platform admins reach it; decision 0040).
 */
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
        Instant updatedAt,
        String regionCode) {

    /** A belt outside the region tree. */
    public Tenant(TenantId id, String slug, String name, String nameEn, String region, String locale, String timezone,
                  String theme, TenantStatus status, String icpNumber, Instant createdAt, Instant updatedAt) {
        this(id, slug, name, nameEn, region, locale, timezone, theme, status, icpNumber, createdAt, updatedAt, null);
    }

    @JsonIgnore
    public ZoneId zone() {
        return ZoneId.of(timezone);
    }

    @JsonIgnore
    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }
}
