package org.beltportal.core.campaign.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDateTime;

import jakarta.servlet.http.HttpServletRequest;
import org.beltportal.core.campaign.CampaignYears;
import org.beltportal.core.tenant.Tenant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The one notion of "now" for a public request, computed once and kept in the request: the core clock,
 * or {@code ?at=<local date-time in the tenant's zone>} when {@link PreviewRights} allows it. An invalid
 * {@code at}, one outside {@link CampaignYears}, or one from a caller without rights, is ignored: the buyer
 * gets the normal page.
 */
@Component
public class PortalClock {

    public static final String PARAMETER = "at";

    private final Clock clock;
    private final ObjectProvider<PreviewRights> rights;

    public PortalClock(Clock clock, ObjectProvider<PreviewRights> rights) {
        this.clock = clock;
        this.rights = rights;
    }

    public PortalMoment moment(HttpServletRequest request, Tenant tenant) {
        if (request.getAttribute(PortalMoment.ATTRIBUTE) instanceof PortalMoment known) {
            return known;
        }
        PortalMoment moment = previewed(request, tenant);
        request.setAttribute(PortalMoment.ATTRIBUTE, moment);
        return moment;
    }

    private PortalMoment previewed(HttpServletRequest request, Tenant tenant) {
        String at = request.getParameter(PARAMETER);
        PortalMoment now = new PortalMoment(clock.instant(), false);
        if (at == null || at.isBlank()) {
            return now;
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(at.strip());
        } catch (DateTimeException invalid) {
            return now;
        }
        if (!CampaignYears.contains(local)) {
            return now;
        }
        PreviewRights check = rights.getIfAvailable();
        if (check == null || !check.mayPreview(request, tenant.id())) {
            return now;
        }
        return new PortalMoment(local.atZone(tenant.zone()).toInstant(), true);
    }
}
