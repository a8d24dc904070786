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

    /** The page's failure as its latest, in one statement: a delete before an insert deadlocked in InnoDB's gap locks. */
    void keep(@Param("tenantId") TenantId tenantId, @Param("failure") TemplateFailure failure);

    void deleteAll(@Param("tenantId") TenantId tenantId);
}
