package org.beltportal.core.campaign.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.servlet.http.HttpServletRequest;
import org.beltportal.core.campaign.ActiveCampaigns;
import org.beltportal.core.campaign.Campaign;
import org.beltportal.core.campaign.CampaignYears;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.tenant.Tenant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The one notion of "now" for a public request, computed once and kept in the request: the core clock,
 * or {@code ?at=<local date-time in the tenant's zone>} when {@link PreviewRights} allows it. An invalid
 * {@code at}, one outside {@link CampaignYears}, or one from a caller without rights, is ignored: the buyer
 * gets the normal page. With the same rights {@code ?campaign=<id>} previews that campaign of the belt in place
 * whatever its status (a draft, one in review), at {@code at} or now (decision 0046); an id that is no campaign of
 * this belt is a 404 for them, and ignored like the rest for everyone else, so a buyer learns nothing from it.
 */
@Component
public class PortalClock {

    public static final String PARAMETER = "at";
    /** The campaign previewed in place, by id. */
    public static final String CAMPAIGN_PARAMETER = "campaign";
    private static final int MAX_ID_DIGITS = 18;

    private final Clock clock;
    private final ObjectProvider<PreviewRights> rights;
    private final ActiveCampaigns campaigns;

    public PortalClock(Clock clock, ObjectProvider<PreviewRights> rights, ActiveCampaigns campaigns) {
        this.clock = clock;
        this.rights = rights;
        this.campaigns = campaigns;
    }

    public PortalMoment moment(HttpServletRequest request, Tenant tenant) {
        if (request.getAttribute(PortalMoment.ATTRIBUTE) instanceof PortalMoment known) {
            return known;
        }
        PortalMoment moment;
        try {
            moment = previewed(request, tenant);
        } catch (NotFoundException noSuchCampaign) {
            // The 404 page asks for the moment again: it is a plain page of now, not the preview that failed.
            request.setAttribute(PortalMoment.ATTRIBUTE, new PortalMoment(clock.instant(), false));
            throw noSuchCampaign;
        }
        request.setAttribute(PortalMoment.ATTRIBUTE, moment);
        return moment;
    }

    private PortalMoment previewed(HttpServletRequest request, Tenant tenant) {
        String at = request.getParameter(PARAMETER);
        String campaign = request.getParameter(CAMPAIGN_PARAMETER);
        PortalMoment now = new PortalMoment(clock.instant(), false);
        boolean timed = at != null && !at.isBlank();
        if (!timed && (campaign == null || campaign.isBlank())) {
            return now;
        }
        Instant instant = timed ? instant(at, tenant) : now.instant();
        if (instant == null) {
            return now;
        }
        PreviewRights check = rights.getIfAvailable();
        if (check == null || !check.mayPreview(request, tenant.id())) {
            return now;
        }
        return new PortalMoment(instant, true, campaign == null || campaign.isBlank() ? null : previewed(campaign, tenant));
    }

    /** The local date-time {@code at} in the tenant's zone; null when it is no date-time or outside the calendar's years. */
    private static Instant instant(String at, Tenant tenant) {
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(at.strip());
        } catch (DateTimeException invalid) {
            return null;
        }
        return CampaignYears.contains(local) ? local.atZone(tenant.zone()).toInstant() : null;
    }

    /** The tenant's campaign {@code id} for a caller who may preview; another belt's id, or none, is a 404. */
    private Campaign previewed(String id, Tenant tenant) {
        String digits = id.strip();
        if (digits.isEmpty() || digits.length() > MAX_ID_DIGITS || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new NotFoundException("no campaign with that id");
        }
        return campaigns.forPreview(tenant.id(), Long.parseLong(digits))
                .orElseThrow(() -> new NotFoundException("no campaign " + digits));
    }
}
