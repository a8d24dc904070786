package org.beltportal.themes.cache;

import java.time.Instant;

import org.beltportal.core.insight.SearchSeen;

/**
 * A rendered 200 response as the cache replays it: the body, the few headers it depends on, its ETag
 * (computed once, when stored), the instant after which it must not be served, and the search the render
 * made ({@link SearchSeen}, or null), which a hit hands to the insight filter as the render did.
 */
record CachedPage(byte[] body, String contentType, String contentLanguage, String vary, String etag,
                  Instant expiresAt, SearchSeen search) {

    int weight() {
        return body.length + 2 * (contentType.length() + etag.length()) + 128;
    }
}
