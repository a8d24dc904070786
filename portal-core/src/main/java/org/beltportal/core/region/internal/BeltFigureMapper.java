package org.beltportal.core.region.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.beltportal.core.region.BeltFigures;
import org.beltportal.core.system.AcrossTenants;
import org.beltportal.core.system.TenantScoped;
import org.beltportal.core.tenant.TenantId;

/**
 * One belt's key figures in one statement. Tenant-scoped like every reader of a belt's rows: a region page asks
 * belt by belt (a page holds at most a few dozen), each count on an index that starts with tenant_id.
 */
@Mapper
@TenantScoped
public interface BeltFigureMapper {

    /** Campaigns running are not counted here: their phase comes from the clock, not from a column. */
    BeltFigures countsOf(@Param("tenantId") TenantId tenantId, @Param("since") Instant since);

    /**
     * The belt of each product among {@code productIds} that belongs to one of {@code tenantIds}: a region's
     * search results (from the national index, which names no belt) link into the belt each product is on. Across
     * tenants by nature, bounded by the caller's list of the region's belts.
     */
    @AcrossTenants
    List<ProductBelt> beltsOf(@Param("productIds") Collection<Long> productIds, @Param("tenantIds") Collection<TenantId> tenantIds);

    record ProductBelt(long productId, TenantId tenantId) {
    }
}
