package org.beltportal.core.template.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.beltportal.core.system.TenantScoped;
import org.beltportal.core.template.TemplateVersion;
import org.beltportal.core.tenant.TenantId;

@Mapper
@TenantScoped
public interface TemplateOverrideMapper {

    /** The newest version of every path the tenant ever overrode; {@code publishedOnly}: the newest published one. */
    List<TemplateVersion> findNewest(@Param("tenantId") TenantId tenantId, @Param("publishedOnly") boolean publishedOnly);

    Optional<TemplateVersion> findNewestOf(@Param("tenantId") TenantId tenantId, @Param("path") String path,
                                           @Param("publishedOnly") boolean publishedOnly);

    List<TemplateVersion> findHistory(@Param("tenantId") TenantId tenantId, @Param("path") String path);

    /** The source of one version; empty for a revert row or a version that does not exist. */
    Optional<String> findSource(@Param("tenantId") TenantId tenantId, @Param("path") String path,
                                @Param("version") int version);

    void insert(@Param("tenantId") TenantId tenantId, @Param("path") String path, @Param("version") int version,
                @Param("source") String source, @Param("reverted") boolean reverted, @Param("published") boolean published,
                @Param("createdBy") String createdBy, @Param("createdAt") Instant createdAt);

    /** Publishes the draft {@code version} if it is still the path's newest step; the rows changed (0 or 1). */
    int publish(@Param("tenantId") TenantId tenantId, @Param("path") String path, @Param("version") int version,
                @Param("publishedAt") Instant publishedAt);
}
