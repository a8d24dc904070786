package org.beltportal.themes.crawl;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SitemapWriterTest {

    @Test
    void stopsAtTheProtocolsFiftyThousandUrlsWhateverTheConfiguredLimit() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SitemapWriter sitemap = SitemapWriter.urls(out, 1_000_000)) {
            for (int i = 0; i < 50_010; i++) {
                sitemap.entry("https://zhili.example/products/" + i, null);
            }
            assertThat(sitemap.hasRoom()).isFalse();
            assertThat(sitemap.written()).isEqualTo(50_000);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("/products/49999</loc>").doesNotContain("/products/50000<")
                .endsWith("</urlset>");
    }

    @Test
    void escapesUrlsAndWritesTheDayOfLastModification() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SitemapWriter sitemap = SitemapWriter.urls(out, 10)) {
            sitemap.entry("https://zhili.example/search?q=a&b=<c>", Instant.parse("2026-05-01T23:30:00Z"));
        }
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("<loc>https://zhili.example/search?q=a&amp;b=&lt;c&gt;</loc><lastmod>2026-05-01</lastmod>");
    }

    @Test
    void anIndexListsSitemapsInItsOwnRootElement() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SitemapWriter index = SitemapWriter.index(out)) {
            index.entry("https://zhili.example/sitemap-products-1.xml", null);
        }
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">",
                        "<sitemap><loc>https://zhili.example/sitemap-products-1.xml</loc></sitemap>")
                .doesNotContain("<url>").endsWith("</sitemapindex>");
    }
}
