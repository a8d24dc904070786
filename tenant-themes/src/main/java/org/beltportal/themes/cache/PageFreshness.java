package org.beltportal.themes.cache;

import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.ServletRequest;

/**
 * How a controller says its page changes at a known instant (a campaign's phase flip, a scheduled news
 * item): the cached copy is then never served at or after that instant. Calls keep the earliest instant.
 */
public final class PageFreshness {

    static final String ATTRIBUTE = PageFreshness.class.getName() + ".validUntil";

    private PageFreshness() {
    }

    public static void until(ServletRequest request, Instant validUntil) {
        Optional<Instant> earlier = validUntil(request).filter(existing -> existing.isBefore(validUntil));
        if (earlier.isEmpty()) {
            request.setAttribute(ATTRIBUTE, validUntil);
        }
    }

    static Optional<Instant> validUntil(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof Instant instant ? Optional.of(instant) : Optional.empty();
    }
}
