package org.beltportal.core.supplier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.beltportal.core.system.InvalidInputException;

/** The 1A (lowest) to 5A (highest) credit rating buyers know from the platform; stored as its level. */
public enum CreditRating {
    A1, A2, A3, A4, A5;

    public int level() {
        return ordinal() + 1;
    }

    @JsonValue
    public String code() {
        return level() + "A";
    }

    public static CreditRating ofLevel(int level) {
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException("credit rating level out of range: " + level);
        }
        return values()[level - 1];
    }

    @JsonCreator
    public static CreditRating fromCode(String code) {
        for (CreditRating rating : values()) {
            if (rating.code().equalsIgnoreCase(code)) {
                return rating;
            }
        }
        throw InvalidInputException.of("creditRating", "must be one of 1A, 2A, 3A, 4A, 5A");
    }
}
