package org.beltportal.core.category;

import org.beltportal.core.tenant.TenantId;

/**
 * One node of a tenant's category tree; {@code path} is the full name path from the root, {@code nameEn} the name
 * English pages show (optional: they show {@code name} without it).
 */
public record Category(long id, TenantId tenantId, Long parentId, String name, String path, int position, String nameEn) {

    /** The longest English name: as long as a Chinese name may be. */
    public static final int MAX_NAME_EN = CategoryPath.MAX_NAME;

    /** A category without an English name. */
    public Category(long id, TenantId tenantId, Long parentId, String name, String path, int position) {
        this(id, tenantId, parentId, name, path, position, null);
    }
}
