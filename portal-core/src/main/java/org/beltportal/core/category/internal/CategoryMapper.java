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

    int rename(@Param("tenantId") TenantId tenantId, @Param("id") long id, @Param("parentId") Long parentId,
               @Param("name") String name);

    int setNameEn(@Param("tenantId") TenantId tenantId, @Param("id") long id, @Param("nameEn") String nameEn);

    /** Sets the English name only where there is none; 0 when the category has one (or is not the tenant's). */
    int setNameEnIfNone(@Param("tenantId") TenantId tenantId, @Param("id") long id, @Param("nameEn") String nameEn);

    /** {@code belowPattern}: a LIKE pattern for the paths beneath {@code oldPath}, '!' escaping. */
    int replacePathPrefix(@Param("tenantId") TenantId tenantId, @Param("oldPath") String oldPath,
                          @Param("belowPattern") String belowPattern, @Param("oldLength") int oldLength,
                          @Param("newPath") String newPath);

    boolean isInUse(@Param("tenantId") TenantId tenantId, @Param("id") long id);

    int delete(@Param("tenantId") TenantId tenantId, @Param("id") long id);
}
