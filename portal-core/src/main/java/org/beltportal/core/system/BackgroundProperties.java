package org.beltportal.core.system;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code portal.background.*}: how imports and index rebuilds give way to requests ({@link RequestsFirst}).
 *
 * @param busyRequestsPerCore requests in flight per core from which the node counts as busy: a core with two
 *        requests already has one waiting
 * @param maxPause longest a job waits between two of its batches for the node to quieten, so a job always
 *        progresses, if slowly, through a spike that does not end
 * @param workShare the share of the time a job works while the node serves requests, at most: after a batch that
 *        took t, it rests t * (1 - share) / share before the next; 1 turns this off
 */
@Validated
@ConfigurationProperties("portal.background")
public record BackgroundProperties(
        @DefaultValue("2") @Min(1) int busyRequestsPerCore,
        @DefaultValue("5s") @NotNull @DurationMin(millis = 0) Duration maxPause,
        @DefaultValue("0.25") @DecimalMin("0.05") @DecimalMax("1") double workShare) {
}
