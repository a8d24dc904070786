package org.beltportal.core.category.internal;

import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.beltportal.core.category.Category;
import org.beltportal.core.system.TenantScoped;
import org.beltportal.core.tenant.TenantId;

@Mapper
@TenantScoped
public interface CategoryMapper {

    List<Category> findAll(@Param("tenantId") TenantId tenantId);

    Optional<Category> findById(@Param("tenantId") TenantId tenantId, @Param("id") long id);

    Optional<Category> findByPath(@Param("tenantId") TenantId tenantId, @Param("path") String path);

    void insert(@Param("tenantId") TenantId tenantId, @Param("parentId") Long parentId, @Param("name") String name,
                @Param("path") String path);

    boolean isInUse(@Param("tenantId") TenantId tenantId, @Param("id") long id);

    int delete(@Param("tenantId") TenantId tenantId, @Param("id") long id);
}
