/**
 * What crawlers read: {@code /sitemap.xml} (this portal's own URLs only, absolute, on the host or prefix
 * it was asked on, streamed and capped at the protocol's 50,000) and {@code /robots.txt}.
 */
package org.beltportal.themes.crawl;
