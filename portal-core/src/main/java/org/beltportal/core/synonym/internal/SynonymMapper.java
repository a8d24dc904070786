package org.beltportal.core.synonym.internal;

import java.time.Instant;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.beltportal.core.system.TenantScoped;
import org.beltportal.core.tenant.TenantId;

@Mapper
@TenantScoped
public interface SynonymMapper {

    Optional<String> find(@Param("tenantId") TenantId tenantId);

    int update(@Param("tenantId") TenantId tenantId, @Param("sets") String sets, @Param("now") Instant now);

    void insert(@Param("tenantId") TenantId tenantId, @Param("sets") String sets, @Param("now") Instant now);
}
