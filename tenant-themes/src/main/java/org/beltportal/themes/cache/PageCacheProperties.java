package org.beltportal.themes.cache;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.beltportal.core.system.DataSizeMin;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code portal.page-cache.*} (docs/operations.md, Page cache). Zero is allowed where it only turns storing
 * off (a size, the TTL); a negative value is a mistake and stops the start.
 *
 * @param maxSize bodies and keys held, weighed in bytes
 * @param ttl longest life of an entry: the safety net for changes this node never hears of (another node's
 *        admin change, a news item reaching its publish time)
 * @param maxEntrySize larger pages are served (with ETag) but not stored, so one huge page (a big sitemap) does
 *        not push out hundreds of small ones
 * @param settle how long after a change a tenant's pages are rendered but not stored, while the search index
 *        takes the change in ({@link ContentGenerations})
 * @param bulkInterval how often at most a change of many products at once (an import batch) makes a tenant's pages
 *        render afresh; later ones within it wait for its end ({@link ContentGenerations}). Zero: every one at once
 */
@Validated
@ConfigurationProperties("portal.page-cache")
public record PageCacheProperties(
        @DefaultValue("64MB") @NotNull @DataSizeMin(bytes = 0) DataSize maxSize,
        @DefaultValue("60s") @NotNull @DurationMin(millis = 0) Duration ttl,
        @DefaultValue("1MB") @NotNull @DataSizeMin(bytes = 0) DataSize maxEntrySize,
        @DefaultValue("2s") @NotNull @DurationMin(millis = 0) Duration settle,
        @DefaultValue("10s") @NotNull @DurationMin(millis = 0) Duration bulkInterval) {
}
