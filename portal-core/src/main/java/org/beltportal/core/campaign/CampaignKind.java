package org.beltportal.core.campaign;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.beltportal.core.system.InvalidInputException;

/**
 * What sort of event: a belt's own festival (一城一节), a super origin day (超级产地日), the platform-wide
 * merchant festival (商人节, March / September / December) or the stocking festival before the year-end peak.
 */
public enum CampaignKind {
    FESTIVAL, ORIGIN_DAY, MERCHANT_FESTIVAL, STOCKING_FESTIVAL;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static CampaignKind fromCode(String code) {
        for (CampaignKind kind : values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        throw InvalidInputException.of("kind", "must be festival, origin_day, merchant_festival or stocking_festival");
    }
}
