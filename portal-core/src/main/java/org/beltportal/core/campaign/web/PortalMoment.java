package org.beltportal.core.campaign.web;

import java.time.Instant;

/**
 * The instant a public request is answered for: {@code preview} when it is an operator's {@code ?at=}
 * rather than the clock, in which case the page must say so and must not be cached.
 */
public record PortalMoment(Instant instant, boolean preview) {

    /** The request attribute under which a request's moment is kept once computed. */
    public static final String ATTRIBUTE = PortalMoment.class.getName();
}
