package org.beltportal.core.campaign;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What sort of event: a belt's own festival (一城一节), a super origin day (超级产地日), the platform-wide
 * merchant festival (商人节, March / September / December) or the stocking festival before the year-end peak.
 */
public enum CampaignKind {
    FESTIVAL, ORIGIN_DAY, MERCHANT_FESTIVAL, STOCKING_FESTIVAL;

    static final String RULE = "must be festival, origin_day, merchant_festival or stocking_festival";

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind of this code, or null when it names none: reading a request does not stop at an unknown kind,
     * so the spec's validation reports it ({@link #RULE}) together with the request's other faults.
     */
    @JsonCreator
    public static CampaignKind fromCode(String code) {
        for (CampaignKind kind : values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        return null;
    }
}
