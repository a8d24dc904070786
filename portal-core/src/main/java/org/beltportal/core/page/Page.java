package org.beltportal.core.page;

import java.time.Instant;

import org.beltportal.core.tenant.TenantId;

/** A news item or page; {@code body} is HTML that was sanitised when it was saved. */
public record Page(
        long id,
        TenantId tenantId,
        String slug,
        String title,
        String body,
        PageKind kind,
        PageStatus status,
        Instant publishAt,
        Instant unpublishAt,
        String locale,
        Instant createdAt,
        Instant updatedAt) {

    /** Whether buyers see it at {@code now}. */
    public boolean isVisibleAt(Instant now) {
        return status == PageStatus.PUBLISHED
                && (publishAt == null || !publishAt.isAfter(now))
                && (unpublishAt == null || unpublishAt.isAfter(now));
    }

    /** When it went (or goes) public: the scheduled time, else when it was created. */
    public Instant publishedAt() {
        return publishAt == null ? createdAt : publishAt;
    }
}
