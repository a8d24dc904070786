package org.beltportal.core.notification;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code portal.notifications.*}: how notifications of new inquiries and password-reset mails are sent. The
 * SMTP server itself is Spring's {@code spring.mail.*}; with no {@code spring.mail.host} mail is off and email
 * deliveries are recorded as skipped.
 *
 * @param mailFrom the From address of every mail
 * @param consoleUrl the address operators open the console at, for links in mails (password reset)
 * @param retryDelays the waits after the first, second ... failed attempt; the last repeats
 * @param maxAttempts attempts before a delivery is given up as failed
 * @param pollInterval how often the sender looks for due deliveries
 * @param batchSize deliveries one look takes at most
 * @param webhookTimeout connect and answer time limit of a webhook call
 * @param webhookAllowPrivateNetworks whether webhooks may target loopback, private and link-local addresses
 *        and plain http; off in production, so a belt's webhook cannot reach the servers' own network
 */
@Validated
@ConfigurationProperties("portal.notifications")
public record NotificationProperties(
        @DefaultValue("BeltPortal <noreply@localhost>") @NotNull String mailFrom,
        @DefaultValue("http://localhost:8080") @NotNull URI consoleUrl,
        @DefaultValue({"1m", "5m", "30m", "2h"}) @NotEmpty List<Duration> retryDelays,
        @DefaultValue("5") @Positive int maxAttempts,
        @DefaultValue("10s") @NotNull @DurationMin(millis = 100) Duration pollInterval,
        @DefaultValue("50") @Positive int batchSize,
        @DefaultValue("10s") @NotNull @DurationMin(millis = 1) Duration webhookTimeout,
        @DefaultValue("false") boolean webhookAllowPrivateNetworks) {

    /** The wait after the {@code failures}-th failed attempt. */
    public Duration retryDelay(int failures) {
        return retryDelays.get(Math.min(Math.max(failures, 1), retryDelays.size()) - 1);
    }
}
