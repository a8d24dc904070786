package org.beltportal.core.media.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.beltportal.core.media.MediaKind;
import org.beltportal.core.system.TenantScoped;
import org.beltportal.core.tenant.TenantId;

@Mapper
@TenantScoped
public interface MediaMapper {

    Optional<MediaRow> findById(@Param("tenantId") TenantId tenantId, @Param("id") long id);

    /** Newest first; {@code kind} null for all. */
    List<MediaRow> findPage(@Param("tenantId") TenantId tenantId, @Param("kind") MediaKind kind,
                            @Param("offset") long offset, @Param("limit") int limit);

    long count(@Param("tenantId") TenantId tenantId, @Param("kind") MediaKind kind);

    /**
     * Locks the belt's rows of one content hash (and the gap where a new one would go) until the
     * transaction ends, so storing an upload and removing the files of a deleted last row never
     * interleave: the removal sees the upload's row, or the upload sees the files gone and writes them.
     */
    List<Long> lockHash(@Param("tenantId") TenantId tenantId, @Param("sha256") String sha256);

    long countHash(@Param("tenantId") TenantId tenantId, @Param("sha256") String sha256);

    void insert(@Param("row") NewRow row);

    int updateDescription(@Param("tenantId") TenantId tenantId, @Param("id") long id, @Param("kind") MediaKind kind,
                          @Param("alt") String alt);

    int delete(@Param("tenantId") TenantId tenantId, @Param("id") long id);

    /** Carrier for an insert; {@code id} is filled in by it. */
    final class NewRow {
        public Long id;
        public final TenantId tenantId;
        public final String sha256;
        public final String contentType;
        public final String thumbnailType;
        public final String originalName;
        public final long bytes;
        public final int width;
        public final int height;
        public final MediaKind kind;
        public final String alt;
        public final String createdBy;
        public final Instant createdAt;

        public NewRow(TenantId tenantId, String sha256, String contentType, String thumbnailType, String originalName,
                      long bytes, int width, int height, MediaKind kind, String alt, String createdBy, Instant createdAt) {
            this.tenantId = tenantId;
            this.sha256 = sha256;
            this.contentType = contentType;
            this.thumbnailType = thumbnailType;
            this.originalName = originalName;
            this.bytes = bytes;
            this.width = width;
            this.height = height;
            this.kind = kind;
            this.alt = alt;
            this.createdBy = createdBy;
            this.createdAt = createdAt;
        }
    }
}
