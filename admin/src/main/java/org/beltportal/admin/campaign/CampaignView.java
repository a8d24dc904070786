package org.beltportal.admin.campaign;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.beltportal.core.campaign.Campaign;
import org.beltportal.core.campaign.CampaignKind;
import org.beltportal.core.campaign.CampaignPhase;
import org.beltportal.core.campaign.CampaignStatus;
import org.beltportal.core.campaign.Occurrence;
import org.beltportal.core.campaign.Placement;
import org.beltportal.core.campaign.Recurrence;

/**
 * A campaign as the admin API shows it: the request's fields (wall-clock times in {@code timezone}), the
 * workflow fields, the {@code phase} at the time of the request and the {@code occurrence} it refers to
 * (the current or next one; the one in the month asked for on the calendar; null once a one-off ended).
 */
record CampaignView(
        long id,
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
        Instant updatedAt,
        CampaignPhase phase,
        Occurrence.Local occurrence) {

    /** The campaign as it stands at {@code now}. */
    static CampaignView at(Campaign campaign, Instant now) {
        Occurrence occurrence = campaign.timing().at(now).orElse(null);
        return of(campaign, occurrence, occurrence == null ? CampaignPhase.ENDED : occurrence.phaseAt(now));
    }

    /** The campaign with one given occurrence, phased at {@code now} (a past month's occurrence is ended). */
    static CampaignView of(Campaign campaign, Occurrence occurrence, Instant now) {
        return of(campaign, occurrence, occurrence.phaseAt(now));
    }

    private static CampaignView of(Campaign c, Occurrence occurrence, CampaignPhase phase) {
        return new CampaignView(c.id(), c.slug(), c.name(), c.kind(), c.warmupStart(), c.liveStart(), c.end(), c.timezone(),
                c.recurrence(), c.bannerText(), c.bannerImages(), c.featuredProductIds(), c.featuredSupplierIds(),
                c.placements(), c.status(), c.rejectionReason(), c.createdBy(), c.submittedBy(), c.decidedBy(), c.version(),
                c.createdAt(), c.updatedAt(), phase, occurrence == null ? null : occurrence.inZone(c.zone()));
    }
}
