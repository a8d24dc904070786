package org.beltportal.core.notification;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Pending until sent, or failed once the attempts are used up. Skipped: there was nothing to send it with
 * (mail is off, the webhook was removed); the row stays as the record that a notification was due.
 */
public enum DeliveryStatus {
    PENDING, SENT, FAILED, SKIPPED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
