package org.beltportal.core.page.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.beltportal.core.page.Page;
import org.beltportal.core.page.PageDraft;
import org.beltportal.core.page.PageKind;
import org.beltportal.core.system.TenantScoped;
import org.beltportal.core.tenant.TenantId;

@Mapper
@TenantScoped
public interface PageMapper {

    Optional<Page> findById(@Param("tenantId") TenantId tenantId, @Param("id") long id);

    Optional<Page> findBySlug(@Param("tenantId") TenantId tenantId, @Param("slug") String slug);

    List<Page> findPage(@Param("tenantId") TenantId tenantId, @Param("kind") PageKind kind,
                        @Param("offset") long offset, @Param("limit") int limit);

    long count(@Param("tenantId") TenantId tenantId, @Param("kind") PageKind kind);

    /** Published and inside its window at {@code now}, newest first. */
    List<Page> findVisible(@Param("tenantId") TenantId tenantId, @Param("kind") PageKind kind, @Param("now") Instant now,
                           @Param("offset") long offset, @Param("limit") int limit);

    /** How many {@link #findVisible} has in all. */
    long countVisible(@Param("tenantId") TenantId tenantId, @Param("kind") PageKind kind, @Param("now") Instant now);

    void insert(@Param("row") WriteRow row);

    int update(@Param("row") WriteRow row);

    int delete(@Param("tenantId") TenantId tenantId, @Param("id") long id);

    final class WriteRow {
        public Long id;
        public final TenantId tenantId;
        public final PageDraft draft;
        public final String body;
        public final Instant now;

        public WriteRow(Long id, TenantId tenantId, PageDraft draft, String sanitisedBody, Instant now) {
            this.id = id;
            this.tenantId = tenantId;
            this.draft = draft;
            this.body = sanitisedBody;
            this.now = now;
        }
    }
}
