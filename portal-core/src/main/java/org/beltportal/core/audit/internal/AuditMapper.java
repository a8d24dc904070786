package org.beltportal.core.audit.internal;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.beltportal.core.audit.AuditEntry;
import org.beltportal.core.audit.AuditFilter;
import org.beltportal.core.system.AcrossTenants;
import org.beltportal.core.system.TenantScoped;
import org.beltportal.core.tenant.TenantId;

@Mapper
@TenantScoped
public interface AuditMapper {

    /** Platform-level entries (users, new tenants) carry no tenant, so insert may bind a null tenant. */
    @AcrossTenants
    void insert(AuditEntry entry);

    List<AuditEntry> findByTenant(@Param("tenantId") TenantId tenantId, @Param("filter") AuditFilter filter,
                                  @Param("beforeId") Long beforeId, @Param("limit") int limit);

    /** The platform admin's view of the whole trail. */
    @AcrossTenants
    List<AuditEntry> findAll(@Param("filter") AuditFilter filter, @Param("beforeId") Long beforeId, @Param("limit") int limit);
}
