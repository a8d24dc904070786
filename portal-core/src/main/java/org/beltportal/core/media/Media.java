package org.beltportal.core.media;

import java.time.Instant;

/**
 * One image of a belt's library as the API shows it. {@code url} and {@code thumbnailUrl} are site-relative
 * ({@code /media/<sha256>.png}): they are served on the belt's own host (and under {@code /t/{slug}/}), so
 * the same picture of two belts has two URLs that each work only on their belt.
 */
public record Media(
        long id,
        String url,
        String thumbnailUrl,
        String sha256,
        String originalName,
        String contentType,
        long bytes,
        int width,
        int height,
        MediaKind kind,
        String alt,
        String createdBy,
        Instant createdAt) {
}
