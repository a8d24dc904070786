package org.beltportal.core.region.internal;

import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.beltportal.core.region.Region;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantId;

/** The region tree and the belts under a node. Not tenant-scoped: a node spans belts. */
@Mapper
public interface RegionMapper {

    List<Region> findAll();

    Optional<Region> findByCode(@Param("code") String code);

    /** Ids of the belts whose node lies under {@code path} (the node's own path), at any depth. */
    List<TenantId> findTenantIdsUnder(@Param("path") String path);

    /** A page of the belts under {@code path} whose name, English name or slug matches {@code pattern} (null: all). */
    List<Tenant> searchBelts(@Param("path") String path, @Param("pattern") String pattern,
                             @Param("offset") long offset, @Param("limit") int limit);

    long countBelts(@Param("path") String path, @Param("pattern") String pattern);

    /** Belts per node code: the belts directly on each node. */
    List<CodeCount> countBeltsByCode();

    record CodeCount(String code, long count) {
    }
}
