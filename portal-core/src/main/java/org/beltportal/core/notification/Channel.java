package org.beltportal.core.notification;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a delivery reaches its recipient. */
public enum Channel {
    EMAIL, WEBHOOK;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
