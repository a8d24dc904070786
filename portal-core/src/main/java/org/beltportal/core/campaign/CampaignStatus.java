package org.beltportal.core.campaign;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.beltportal.core.system.InvalidInputException;

/** The review workflow: draft -> in_review -> approved or rejected -> archived. Only approved ones reach buyers. */
public enum CampaignStatus {
    DRAFT, IN_REVIEW, APPROVED, REJECTED, ARCHIVED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static CampaignStatus fromCode(String code) {
        for (CampaignStatus status : values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        throw InvalidInputException.of("status", "must be draft, in_review, approved, rejected or archived");
    }
}
