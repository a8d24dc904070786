package org.beltportal.core.campaign.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.beltportal.core.campaign.CampaignStatus;
import org.beltportal.core.system.AcrossTenants;
import org.beltportal.core.system.TenantScoped;
import org.beltportal.core.tenant.TenantId;

/** The {@code campaign} table, within one tenant but for the dashboards' read of many. Only the campaign package uses it. */
@Mapper
@TenantScoped
public interface CampaignMapper {

    Optional<CampaignRow> findById(@Param("tenantId") TenantId tenantId, @Param("id") long id);

    Optional<CampaignRow> findBySlug(@Param("tenantId") TenantId tenantId, @Param("slug") String slug);

    /** Newest first; {@code statuses} empty means every status. */
    List<CampaignRow> findPage(@Param("tenantId") TenantId tenantId, @Param("statuses") Collection<CampaignStatus> statuses,
                               @Param("offset") long offset, @Param("limit") int limit);

    long count(@Param("tenantId") TenantId tenantId, @Param("statuses") Collection<CampaignStatus> statuses);

    /** Every campaign of the tenant in one of {@code statuses}: a tenant runs tens of campaigns, not thousands. */
    List<CampaignRow> findByStatuses(@Param("tenantId") TenantId tenantId,
                                     @Param("statuses") Collection<CampaignStatus> statuses);

    /**
     * The approved campaigns of several belts, for the festival calendar density of a region's dashboard: across
     * tenants on purpose, bounded by the explicit, non-empty set of belts the caller's rights were checked for.
     */
    @AcrossTenants
    List<CampaignRow> findApprovedOf(@Param("tenantIds") Collection<TenantId> tenantIds);

    /** Which of {@code ids} are products of this tenant. */
    List<Long> existingProducts(@Param("tenantId") TenantId tenantId, @Param("ids") Collection<Long> ids);

    /** Which of {@code ids} are suppliers of this tenant. */
    List<Long> existingSuppliers(@Param("tenantId") TenantId tenantId, @Param("ids") Collection<Long> ids);

    void insert(@Param("row") CampaignRow row, @Param("key") Key key);

    /** Writes {@code row} if the stored version is still {@code row.version}, and counts it up; 0 when it was not. */
    int update(@Param("row") CampaignRow row);

    int delete(@Param("tenantId") TenantId tenantId, @Param("id") long id);

    /** Receives the generated id of an insert. */
    final class Key {
        public Long id;
    }
}
