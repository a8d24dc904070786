/**
 * Static assets under {@code /assets/}: fingerprinted URLs (Spring's resource chain with a content
 * version strategy, configured in portal-server) handed to templates as plain strings in the page data,
 * and their cache headers: a year and {@code immutable} for a fingerprinted URL, revalidation otherwise.
 */
package org.beltportal.themes.assets;
