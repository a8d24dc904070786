package org.beltportal.admin.tenant;

import java.util.List;

import org.beltportal.core.tenant.TenantSettings;

/** The tenant body of the HTTP contract. On update, {@code slug} and {@code hosts} are ignored: see hosts. */
public record TenantRequest(
        String slug,
        String name,
        String nameEn,
        String region,
        List<String> hosts,
        String timezone,
        String locale,
        String theme,
        String icpNumber) {

    TenantSettings settings() {
        return new TenantSettings(name, nameEn, region, locale, timezone, theme, icpNumber);
    }
}
