/**
 * The rendered-page cache in front of the public portal pages: a servlet filter that answers repeat
 * anonymous GETs from memory with a strong ETag (and 304 to a matching If-None-Match), keyed by tenant,
 * the tenant's content generation, the {@code lang} cookie, host, path and normalised query. Admin
 * changes bump the generation ({@link org.beltportal.themes.cache.ContentGenerations}); a page that must
 * change at a known instant says so with {@link org.beltportal.themes.cache.PageFreshness}. It does not
 * care how a page is rendered: it only sees the response.
 */
package org.beltportal.themes.cache;
