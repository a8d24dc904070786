package org.beltportal.core.feed;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code portal.change-feed.*}: how each node follows the change feed (decision 0043).
 *
 * @param pollInterval  how often a node looks for other nodes' changes (its own wake it at once)
 * @param gapTimeout    how long a missing id is waited for before it is taken for a rolled-back one and passed
 * @param retention     how long rows are kept; a node stopped for longer catches up from the database instead
 * @param purgeInterval how often one node (holding a lease for as long) deletes rows past the retention
 * @param batchSize     rows one poll reads at most
 */
@Validated
@ConfigurationProperties("portal.change-feed")
public record FeedProperties(
        @DefaultValue("200ms") @NotNull @DurationMin(millis = 10) Duration pollInterval,
        @DefaultValue("30s") @NotNull @DurationMin(millis = 100) Duration gapTimeout,
        @DefaultValue("1d") @NotNull @DurationMin(minutes = 1) Duration retention,
        @DefaultValue("10m") @NotNull @DurationMin(seconds = 1) Duration purgeInterval,
        @DefaultValue("500") @Positive int batchSize) {
}
