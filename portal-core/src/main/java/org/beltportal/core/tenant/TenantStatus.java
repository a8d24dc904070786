package org.beltportal.core.tenant;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.beltportal.core.system.InvalidInputException;

/** Whether a portal serves buyers. A suspended portal answers 503 but keeps all its data. */
public enum TenantStatus {
    ACTIVE, SUSPENDED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static TenantStatus fromCode(String code) {
        for (TenantStatus status : values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        throw InvalidInputException.of("status", "must be active or suspended");
    }
}
