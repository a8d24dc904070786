package org.beltportal.themes.campaign;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.beltportal.core.campaign.ActiveCampaign;
import org.beltportal.core.campaign.ActiveCampaigns;
import org.beltportal.core.campaign.FestivalCalendar;
import org.beltportal.core.campaign.web.PortalClock;
import org.beltportal.core.tenant.web.Site;
import org.beltportal.themes.site.PortalController;
import org.beltportal.themes.site.Visit;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /festivals.ics}: the belt's approved campaigns as an iCalendar feed (core's {@link FestivalCalendar}),
 * with absolute links on the host or prefix it was asked on. Written as text, not through a template.
 */
@PortalController
class FestivalCalendarController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final ActiveCampaigns campaigns;
    private final PortalClock clock;

    FestivalCalendarController(ActiveCampaigns campaigns, PortalClock clock) {
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @GetMapping("/festivals.ics")
    ResponseEntity<String> calendar(Site.TenantSite site, Visit visit, HttpServletRequest request) {
        var approved = campaigns.at(site.tenant().id(), clock.moment(request, site.tenant()).instant()).stream()
                .map(ActiveCampaign::campaign).toList();
        return ResponseEntity.ok().contentType(CALENDAR)
                .body(FestivalCalendar.ics(site.tenant(), approved, visit.absolute("")));
    }
}
