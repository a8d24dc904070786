package org.beltportal.themes.cache;

import java.time.Instant;

/**
 * A rendered 200 response as the cache replays it: the body, the few headers it depends on, its ETag
 * (computed once, when stored) and the instant after which it must not be served.
 */
record CachedPage(byte[] body, String contentType, String contentLanguage, String vary, String etag,
                  Instant expiresAt) {

    int weight() {
        return body.length + 2 * (contentType.length() + etag.length()) + 128;
    }
}
