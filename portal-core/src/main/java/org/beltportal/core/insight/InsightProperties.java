package org.beltportal.core.insight;

import java.time.Duration;

import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code portal.insight.*}: measurement of buyers' visits (docs/insight.md).
 *
 * @param enabled off: request paths count nothing and nothing is flushed (the summary still reads what is stored)
 * @param flushInterval how often the counters go to the database; also the most a crash can lose, hence at most 60 s
 * @param retention how long rollups are kept; a daily purge removes older hours and days
 * @param maxQueriesPerFlush distinct query texts one belt may add within one flush interval; searches past it are
 *        still counted, their text only as {@code query_overflow}, so a flood of random queries cannot fill memory
 * @param maxVisitorsPerDay distinct visitors remembered per day on this node (about 64 bytes each); visitors past
 *        it are not counted again as unique ({@code visitor_overflow} counts their page views)
 */
@Validated
@ConfigurationProperties("portal.insight")
public record InsightProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("30s") @DurationMin(seconds = 1) @DurationMax(seconds = 60) Duration flushInterval,
        @DefaultValue("400d") @DurationMin(days = 1) Duration retention,
        @DefaultValue("1000") @Positive int maxQueriesPerFlush,
        @DefaultValue("200000") @Positive int maxVisitorsPerDay) {
}
