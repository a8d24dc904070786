package org.beltportal.admin.region;

import org.beltportal.core.region.BeltFigures;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantStatus;

/** One belt of a region as the region's API and page list it: who it is, where, and its key figures. */
public record RegionBeltView(String slug, String name, String nameEn, String regionCode, TenantStatus status,
                             BeltFigures figures) {

    public static RegionBeltView of(Tenant belt, BeltFigures figures) {
        return new RegionBeltView(belt.slug(), belt.name(), belt.nameEn(), belt.regionCode(), belt.status(),
                figures == null ? BeltFigures.NONE : figures);
    }
}
