package org.beltportal.core.media.internal;

import java.time.Instant;

import org.beltportal.core.media.MediaKind;
import org.beltportal.core.tenant.TenantId;

/** A media row as stored; the service turns it into the API's {@code Media} with its URLs. */
public record MediaRow(
        long id,
        TenantId tenantId,
        String sha256,
        String contentType,
        String thumbnailType,
        String originalName,
        long bytes,
        int width,
        int height,
        MediaKind kind,
        String alt,
        String createdBy,
        Instant createdAt) {
}
