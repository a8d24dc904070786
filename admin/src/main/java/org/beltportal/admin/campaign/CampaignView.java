package org.beltportal.admin.campaign;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.beltportal.core.campaign.Campaign;
import org.beltportal.core.campaign.CampaignPhase;
import org.beltportal.core.campaign.CampaignSpec;
import org.beltportal.core.campaign.CampaignState;
import org.beltportal.core.campaign.Occurrence;

/**
 * A campaign as the admin API shows it, flat: {@code id}, the spec's fields (wall-clock times in
 * {@code timezone}), the state's, the {@code phase} at the time of the request and the {@code occurrence}
 * it refers to (the current or next one; the one in the month asked for on the calendar; null once a
 * one-off ended). The spec and state are shown whole, so a field added to them appears here untouched.
 */
record CampaignView(
        long id,
        @JsonUnwrapped CampaignSpec spec,
        @JsonUnwrapped CampaignState state,
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
        return new CampaignView(c.id(), c.spec(), c.state(), phase, occurrence == null ? null : occurrence.inZone(c.zone()));
    }
}
