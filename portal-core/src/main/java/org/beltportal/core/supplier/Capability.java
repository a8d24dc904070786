package org.beltportal.core.supplier;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.beltportal.core.system.InvalidInputException;

/** What a supplier offers beyond bulk orders: samples (样品), drop-shipping (一件代发), custom/OEM (定制). */
public enum Capability {
    SAMPLES, DROPSHIP, CUSTOM;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Capability fromCode(String code) {
        for (Capability capability : values()) {
            if (capability.code().equals(code)) {
                return capability;
            }
        }
        throw InvalidInputException.of("capabilities", "must be among samples, dropship, custom");
    }
}
