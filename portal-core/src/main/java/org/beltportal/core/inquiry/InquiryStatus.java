package org.beltportal.core.inquiry;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.beltportal.core.system.InvalidInputException;

/** Every inquiry arrives as new (or as spam when a trap caught it); an operator marks it handled or spam. */
public enum InquiryStatus {
    NEW, HANDLED, SPAM;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static InquiryStatus fromCode(String code) {
        for (InquiryStatus status : values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        throw InvalidInputException.of("status", "must be new, handled or spam");
    }
}
