package org.beltportal.core.inquiry;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code portal.inquiries.*}: the limits on the inquiries a portal stores ({@link InquiryRateLimiter}, counted
 * per node) and the salt of the stored sender hash ({@link SenderHasher}). A limit of zero or a window of
 * zero would refuse or let through everything; either stops the start instead.
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
        @DefaultValue("5") @Positive int perSender,
        @DefaultValue("10m") @NotNull @DurationMin(millis = 1) Duration senderWindow,
        @DefaultValue("300") @Positive int perTenant,
        @DefaultValue("1h") @NotNull @DurationMin(millis = 1) Duration tenantWindow,
        String addressSalt) {
}
