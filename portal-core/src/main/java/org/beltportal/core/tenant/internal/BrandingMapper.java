package org.beltportal.core.tenant.internal;

import java.time.Instant;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.beltportal.core.system.TenantScoped;
import org.beltportal.core.tenant.Branding;
import org.beltportal.core.tenant.TenantId;

@Mapper
@TenantScoped
public interface BrandingMapper {

    Optional<Branding> find(@Param("tenantId") TenantId tenantId);

    void insert(@Param("tenantId") TenantId tenantId, @Param("b") Branding branding, @Param("now") Instant now);

    void update(@Param("tenantId") TenantId tenantId, @Param("b") Branding branding, @Param("now") Instant now);
}
