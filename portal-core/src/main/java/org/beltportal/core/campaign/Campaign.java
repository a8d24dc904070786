package org.beltportal.core.campaign;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.beltportal.core.tenant.TenantId;

/**
 * A campaign as stored. Times are wall-clock times in {@code timezone} (stored as UTC instants); the
 * phase is not a field because it depends on when one asks: see {@link #timing()}.
 */
public record Campaign(
        long id,
        TenantId tenantId,
        String slug,
        String name,
        CampaignKind kind,
        LocalDateTime warmupStart,
        LocalDateTime liveStart,
        LocalDateTime end,
        String timezone,
        Recurrence recurrence,
        String bannerText,
        List<String> bannerImages,
        List<Long> featuredProductIds,
        List<Long> featuredSupplierIds,
        List<Placement> placements,
        CampaignStatus status,
        String rejectionReason,
        String createdBy,
        String submittedBy,
        String decidedBy,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    public Campaign {
        bannerImages = bannerImages == null ? List.of() : List.copyOf(bannerImages);
        featuredProductIds = featuredProductIds == null ? List.of() : List.copyOf(featuredProductIds);
        featuredSupplierIds = featuredSupplierIds == null ? List.of() : List.copyOf(featuredSupplierIds);
        placements = placements == null ? List.of() : List.copyOf(placements);
    }

    @JsonIgnore
    public ZoneId zone() {
        return ZoneId.of(timezone);
    }

    @JsonIgnore
    public CampaignTiming timing() {
        return new CampaignTiming(warmupStart, liveStart, end, zone(), recurrence);
    }

    /** Whether the two campaigns claim a common slot on a common page. */
    boolean sharesPlacementWith(Campaign other) {
        return placements.stream().anyMatch(other.placements::contains);
    }

    /** A campaign not stored yet: a draft by {@code createdBy}. */
    static Campaign newDraft(TenantId tenantId, String createdBy, CampaignDraft d) {
        return new Campaign(0, tenantId, d.slug(), d.name(), d.kind(), d.warmupStart(), d.liveStart(), d.end(),
                d.timezone(), d.recurrence(), d.bannerText(), d.bannerImages(), d.featuredProductIds(),
                d.featuredSupplierIds(), d.placements(), CampaignStatus.DRAFT, null, createdBy, null, null, 0, null, null);
    }

    /** The same campaign with the draft's content, keeping identity and workflow fields. */
    Campaign withContent(CampaignDraft d) {
        return new Campaign(id, tenantId, d.slug(), d.name(), d.kind(), d.warmupStart(), d.liveStart(), d.end(),
                d.timezone(), d.recurrence(), d.bannerText(), d.bannerImages(), d.featuredProductIds(),
                d.featuredSupplierIds(), d.placements(), status, rejectionReason, createdBy, submittedBy, decidedBy,
                version, createdAt, updatedAt);
    }

    /** The same campaign in status {@code next}; the workflow decides which names and reason it carries. */
    Campaign withStatus(CampaignStatus next, String reason, String submitter, String decider) {
        return new Campaign(id, tenantId, slug, name, kind, warmupStart, liveStart, end, timezone, recurrence,
                bannerText, bannerImages, featuredProductIds, featuredSupplierIds, placements, next, reason, createdBy,
                submitter, decider, version, createdAt, updatedAt);
    }
}
