package org.beltportal.admin.tenant;

import java.util.List;

import org.beltportal.core.tenant.TenantSettings;

/**
 * The tenant body of the HTTP contract. On update, {@code slug}, {@code hosts} and {@code regionCode} are ignored:
 * see hosts and region, which only platform admins change.
 */
public record TenantRequest(
        String slug,
        String name,
        String nameEn,
        String region,
        List<String> hosts,
        String timezone,
        String locale,
        String theme,
        String icpNumber,
        String regionCode) {

    TenantSettings settings() {
        return new TenantSettings(name, nameEn, region, locale, timezone, theme, icpNumber);
    }
}
