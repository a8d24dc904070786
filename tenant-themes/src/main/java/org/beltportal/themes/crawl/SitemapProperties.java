package org.beltportal.themes.crawl;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code portal.sitemap.*}. The sitemaps.org protocol allows 50,000 URLs per file, so a larger value is refused
 * at start rather than cut down silently; a smaller one splits the products into more, smaller files.
 *
 * @param maxUrls URLs per sitemap file: products per /sitemap-products-N.xml, and the most /sitemap-pages.xml lists
 */
@Validated
@ConfigurationProperties("portal.sitemap")
public record SitemapProperties(@DefaultValue("50000") @Min(1) @Max(SitemapWriter.MAX_ENTRIES) int maxUrls) {
}
