package org.beltportal.themes.cache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code portal.page-cache.*}. {@code maxSize} bounds the bodies and keys held; {@code ttl} is a safety net
 * for changes this node never hears of (another node's admin change, a news item reaching its publish
 * time); {@code maxEntrySize} keeps one huge page (a big sitemap) from pushing out hundreds of small ones;
 * {@code settle} is how long after a change a tenant's pages are not stored, while the search index takes
 * the change in ({@link ContentGenerations}).
 */
@ConfigurationProperties("portal.page-cache")
public record PageCacheProperties(
        @DefaultValue("64MB") DataSize maxSize,
        @DefaultValue("60s") Duration ttl,
        @DefaultValue("1MB") DataSize maxEntrySize,
        @DefaultValue("2s") Duration settle) {
}
