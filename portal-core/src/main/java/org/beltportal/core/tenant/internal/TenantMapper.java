package org.beltportal.core.tenant.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.TenantSettings;
import org.beltportal.core.tenant.TenantStatus;

/**
 * The tenant registry and its hosts. Not tenant-scoped: finding which tenant a request belongs to is
 * the one query that must look across all of them.
 */
@Mapper
public interface TenantMapper {

    void insert(TenantRow row);

    Optional<Tenant> findById(@Param("id") TenantId id);

    Optional<Tenant> findBySlug(@Param("slug") String slug);

    Optional<Tenant> findByHost(@Param("hostname") String hostname);

    List<Tenant> findAll();

    List<Tenant> findByIds(@Param("ids") List<TenantId> ids);

    /** A page of the tenants among {@code ids} (all when null) whose name or slug matches {@code pattern} (all when null). */
    List<Tenant> search(@Param("ids") List<TenantId> ids, @Param("pattern") String pattern,
                        @Param("offset") long offset, @Param("limit") int limit);

    long countSearch(@Param("ids") List<TenantId> ids, @Param("pattern") String pattern);

    void update(TenantRow row);

    void updateRegion(@Param("id") TenantId id, @Param("regionCode") String regionCode, @Param("now") Instant now);

    /** Whether the region tree has a node of this code (the tree itself is the region feature's). */
    boolean regionExists(@Param("code") String code);

    List<String> findHosts(@Param("tenantId") TenantId tenantId);

    boolean hostExists(@Param("hostname") String hostname);

    void insertHost(@Param("tenantId") TenantId tenantId, @Param("hostname") String hostname);

    int deleteHost(@Param("tenantId") TenantId tenantId, @Param("hostname") String hostname);

    /** A mutable carrier for insert and update, so the generated id can be read back. */
    final class TenantRow {
        public Long id;
        public String slug;
        public TenantSettings settings;
        public TenantStatus status;
        public Instant now;
        /** Written on insert only; {@link #updateRegion} moves a belt. */
        public String regionCode;

        public TenantRow(Long id, String slug, TenantSettings settings, TenantStatus status, Instant now) {
            this(id, slug, settings, status, now, null);
        }

        public TenantRow(Long id, String slug, TenantSettings settings, TenantStatus status, Instant now, String regionCode) {
            this.regionCode = regionCode;
            this.id = id;
            this.slug = slug;
            this.settings = settings;
            this.status = status;
            this.now = now;
        }
    }
}
