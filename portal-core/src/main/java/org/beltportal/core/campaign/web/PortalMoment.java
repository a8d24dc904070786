package org.beltportal.core.campaign.web;

import java.time.Instant;

import org.beltportal.core.campaign.Campaign;

/**
 * The instant a public request is answered for: {@code preview} when it is an operator's {@code ?at=}
 * rather than the clock, in which case the page must say so and must not be cached. {@code campaign} is the
 * campaign an operator previews in place ({@code ?campaign=<id>}) whatever its status, shown as if approved;
 * null when none is (always null for a request that is not a preview).
 */
public record PortalMoment(Instant instant, boolean preview, Campaign campaign) {

    /** The request attribute under which a request's moment is kept once computed. */
    public static final String ATTRIBUTE = PortalMoment.class.getName();

    public PortalMoment(Instant instant, boolean preview) {
        this(instant, preview, null);
    }
}
