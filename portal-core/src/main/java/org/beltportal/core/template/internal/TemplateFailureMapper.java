package org.beltportal.core.template.internal;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.beltportal.core.system.TenantScoped;
import org.beltportal.core.template.TemplateFailure;
import org.beltportal.core.tenant.TenantId;

@Mapper
@TenantScoped
public interface TemplateFailureMapper {

    List<TemplateFailure> findAll(@Param("tenantId") TenantId tenantId);

    void delete(@Param("tenantId") TenantId tenantId, @Param("page") String page);

    void insert(@Param("tenantId") TenantId tenantId, @Param("failure") TemplateFailure failure);

    void deleteAll(@Param("tenantId") TenantId tenantId);
}
