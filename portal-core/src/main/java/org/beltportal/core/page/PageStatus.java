package org.beltportal.core.page;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.beltportal.core.system.InvalidInputException;

/** A published page shows between its publishAt and unpublishAt (each optional); a draft never shows. */
public enum PageStatus {
    DRAFT, PUBLISHED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static PageStatus fromCode(String code) {
        for (PageStatus status : values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        throw InvalidInputException.of("status", "must be draft or published");
    }
}
