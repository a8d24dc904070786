package org.beltportal.core.inquiry;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code portal.inquiries.*}: the limits on the inquiries a portal stores ({@link InquiryRateLimiter}, counted
 * across nodes in the database) and the salt of the stored sender hash ({@link SenderHasher}). A limit of zero or
 * a window of zero would refuse or let through everything, and a window holds at most {@value #MAX_LIMIT} inquiry
 * times (the size of its row); any of these stops the start instead.
 *
 * @param perSender inquiries one sender (an address, an IPv6 /64) may send one portal within the sender window
 * @param senderWindow the sliding window of the per-sender limit
 * @param perTenant inquiries one portal takes within the tenant window before it takes only one per network
 *        (IPv4 /24, IPv6 /48) that has sent it none in that window
 * @param tenantWindow the sliding window of the per-portal limit
 * @param addressSalt secret salt of the stored HMAC of an inquiry's sender address; the same on every node to
 *        compare hashes across nodes and restarts; unset: a random one per run
 */
@Validated
@ConfigurationProperties("portal.inquiries")
public record InquiryProperties(
        @DefaultValue("5") @Positive @Max(MAX_LIMIT) int perSender,
        @DefaultValue("10m") @NotNull @DurationMin(millis = 1) Duration senderWindow,
        @DefaultValue("300") @Positive @Max(MAX_LIMIT) int perTenant,
        @DefaultValue("1h") @NotNull @DurationMin(millis = 1) Duration tenantWindow,
        String addressSalt) {

    /** 8 bytes a time in a row of at most 64 KiB (a MySQL BLOB). */
    public static final int MAX_LIMIT = 8000;
}
