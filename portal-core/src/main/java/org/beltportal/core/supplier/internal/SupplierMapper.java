package org.beltportal.core.supplier.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.beltportal.core.supplier.Supplier;
import org.beltportal.core.supplier.SupplierDraft;
import org.beltportal.core.supplier.SupplierFilter;
import org.beltportal.core.system.AcrossTenants;
import org.beltportal.core.system.TenantScoped;
import org.beltportal.core.tenant.TenantId;

@Mapper
@TenantScoped
public interface SupplierMapper {

    Optional<Supplier> findById(@Param("tenantId") TenantId tenantId, @Param("id") long id);

    List<Supplier> findByIds(@Param("tenantId") TenantId tenantId, @Param("ids") Collection<Long> ids);

    /**
     * Suppliers by id whatever their tenant, without their description: the index rebuild's pass, which
     * checks tenants itself (CatalogueScan).
     */
    @AcrossTenants
    List<Supplier> findByIdsAcrossTenants(@Param("ids") Collection<Long> ids);

    List<Supplier> findPage(@Param("tenantId") TenantId tenantId, @Param("offset") long offset, @Param("limit") int limit);

    /** One page of the filtered admin listing in id order, after {@code afterId} (keyset) and {@code offset} rows. */
    List<Supplier> findList(@Param("tenantId") TenantId tenantId, @Param("filter") SupplierFilter filter,
                            @Param("pattern") String pattern, @Param("afterId") Long afterId, @Param("offset") long offset,
                            @Param("limit") int limit);

    long countList(@Param("tenantId") TenantId tenantId, @Param("filter") SupplierFilter filter,
                   @Param("pattern") String pattern);

    /** The suppliers whose code or name is one of {@code keys}: how an import row names its supplier. */
    List<Supplier> findByCodesOrNames(@Param("tenantId") TenantId tenantId, @Param("keys") Collection<String> keys);

    /** Verified first, then by credit rating and years active: the suppliers a portal shows off. */
    List<Supplier> findFeatured(@Param("tenantId") TenantId tenantId, @Param("limit") int limit);

    long count(@Param("tenantId") TenantId tenantId);

    void insert(@Param("row") SupplierRow row);

    int update(@Param("row") SupplierRow row);

    boolean hasProducts(@Param("tenantId") TenantId tenantId, @Param("id") long id);

    int delete(@Param("tenantId") TenantId tenantId, @Param("id") long id);

    /** Carrier for writes: the draft plus the keys and time. */
    final class SupplierRow {
        public Long id;
        public final TenantId tenantId;
        public final SupplierDraft draft;
        public final Instant now;

        public SupplierRow(Long id, TenantId tenantId, SupplierDraft draft, Instant now) {
            this.id = id;
            this.tenantId = tenantId;
            this.draft = draft;
            this.now = now;
        }
    }
}
