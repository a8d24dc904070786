package org.beltportal.core.product;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.beltportal.core.system.InvalidInputException;

/** Only active products reach buyers; inactive ones stay in the catalogue for the operator. */
public enum ProductStatus {
    ACTIVE, INACTIVE;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ProductStatus fromCode(String code) {
        for (ProductStatus status : values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        throw InvalidInputException.of("status", "must be active or inactive");
    }
}
