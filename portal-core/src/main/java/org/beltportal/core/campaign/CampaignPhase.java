package org.beltportal.core.campaign;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a campaign stands at an instant: before its warm-up, in warm-up (countdown), live, or over. A
 * recurring campaign is {@code scheduled} between occurrences and never {@code ended}.
 */
public enum CampaignPhase {
    SCHEDULED, WARMUP, LIVE, ENDED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
