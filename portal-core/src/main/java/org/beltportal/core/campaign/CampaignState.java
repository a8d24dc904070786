package org.beltportal.core.campaign;

import java.time.Instant;

/**
 * Where a campaign stands, as the workflow and the store write it (halo's {@code PostStatus}): its review
 * {@code status}, who created, submitted and decided it and why it was rejected, and the row's
 * bookkeeping: {@code version} for optimistic locking (1 once stored) and the stored times.
 */
public record CampaignState(
        CampaignStatus status,
        String rejectionReason,
        String createdBy,
        String submittedBy,
        String decidedBy,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    /** A draft by {@code createdBy}, not stored yet. */
    static CampaignState draftBy(String createdBy) {
        return new CampaignState(CampaignStatus.DRAFT, null, createdBy, null, null, 0, null, null);
    }

    /** The state in status {@code next}; the workflow decides which names and reason it carries. */
    CampaignState moved(CampaignStatus next, String reason, String submitter, String decider) {
        return new CampaignState(next, reason, createdBy, submitter, decider, version, createdAt, updatedAt);
    }

    /** The state as written at {@code now}: created then unless it was before. */
    public CampaignState savedAt(Instant now) {
        return new CampaignState(status, rejectionReason, createdBy, submittedBy, decidedBy, version,
                createdAt == null ? now : createdAt, now);
    }
}
