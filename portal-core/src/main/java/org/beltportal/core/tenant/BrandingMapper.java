package org.beltportal.core.tenant;

import java.time.Instant;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.beltportal.core.system.TenantScoped;

@Mapper
@TenantScoped
public interface BrandingMapper {

    Optional<Branding> find(@Param("tenantId") TenantId tenantId);

    void insert(@Param("tenantId") TenantId tenantId, @Param("b") Branding branding, @Param("now") Instant now);

    void update(@Param("tenantId") TenantId tenantId, @Param("b") Branding branding, @Param("now") Instant now);
}
