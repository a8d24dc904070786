package org.beltportal.core.campaign;

import java.time.ZoneId;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.beltportal.core.tenant.TenantId;

/**
 * A campaign as stored: its identity, what its author wrote ({@link CampaignSpec}) and where it stands
 * ({@link CampaignState}). Its JSON (the audit trail's) is flat, the two parts' fields side by side.
 */
public record Campaign(long id, TenantId tenantId, @JsonUnwrapped CampaignSpec spec, @JsonUnwrapped CampaignState state) {

    @JsonIgnore
    public ZoneId zone() {
        return spec.zone();
    }

    @JsonIgnore
    public CampaignTiming timing() {
        return spec.timing();
    }

    /** Whether the two campaigns claim a common slot on a common page. */
    boolean sharesPlacementWith(Campaign other) {
        return spec.sharesPlacementWith(other.spec);
    }

    /** A campaign not stored yet: a draft by {@code createdBy}. */
    static Campaign newDraft(TenantId tenantId, String createdBy, CampaignSpec spec) {
        return new Campaign(0, tenantId, spec, CampaignState.draftBy(createdBy));
    }

    /** The same campaign with another spec, keeping identity and state. */
    Campaign withSpec(CampaignSpec next) {
        return new Campaign(id, tenantId, next, state);
    }

    /** The same campaign in status {@code next}; the workflow decides which names and reason it carries. */
    Campaign withStatus(CampaignStatus next, String reason, String submitter, String decider) {
        return new Campaign(id, tenantId, spec, state.moved(next, reason, submitter, decider));
    }
}
