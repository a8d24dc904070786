package org.beltportal.core.notification;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A belt's webhook: new inquiries are posted to {@code url}, signed with {@code secret}, which is never shown. */
public record TenantWebhook(String url, @JsonIgnore String secret, Instant updatedAt) {
}
