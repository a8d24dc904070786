package org.beltportal.admin.console.campaign;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDateTime;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.admin.console.ConsoleFlash;
import org.beltportal.admin.console.ConsoleForms;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.admin.security.PreviewHandoff;
import org.beltportal.core.campaign.CampaignYears;
import org.beltportal.core.tenant.Tenant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Preview in time" from the editor and the calendar: opens the belt's portal at the chosen wall-clock time of the
 * belt's zone, through {@link PreviewHandoff} (the same preview right as {@code ?at=}: any grant on the belt). A
 * post, so the ticket it issues is never fetched by a link prefetcher; a time that is no time returns to
 * {@code back} (a page of this belt's campaigns) with an alert. {@code campaign} names a campaign of the belt to
 * show in place whatever its status, before approval (decision 0046).
 */
@Controller
class PreviewController {

    private final PreviewHandoff handoff;

    PreviewController(PreviewHandoff handoff) {
        this.handoff = handoff;
    }

    @PostMapping(CampaignPaths.BASE + "preview")
    ResponseEntity<Void> preview(@AuthenticationPrincipal PortalUser user, @Grant(Permission.READ) Tenant belt,
                                 @RequestParam(required = false) String at, @RequestParam(required = false) String moment,
                                 @RequestParam(required = false) String page, @RequestParam(required = false) String campaign,
                                 @RequestParam(required = false) String back, HttpServletRequest request, HttpServletResponse response) {
        LocalDateTime instant;
        try {
            // A quick button (warm-up, live) names its instant as moment, the free field as at.
            String chosen = moment != null ? moment : at;
            instant = LocalDateTime.parse(chosen == null ? "" : chosen.strip());
        } catch (DateTimeException unreadable) {
            instant = null;
        }
        if (instant == null || !CampaignYears.contains(instant)) {
            String home = CampaignPaths.calendar(belt);
            String returnTo = back != null && back.startsWith(home) && back.matches("[A-Za-z0-9/_-]+") ? back : home;
            return ConsoleForms.done(returnTo, ConsoleFlash.alert("campaign.preview.badTime"), request, response);
        }
        // The portal checks the campaign is this belt's (404 otherwise); an id that is no number is no campaign.
        URI target = handoff.start(user, belt, page, instant, campaignId(campaign), request);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(target).build();
    }

    /** The campaign to preview in place: its id, or null for "approved campaigns only" (blank or not a number). */
    private static Long campaignId(String campaign) {
        return campaign != null && campaign.strip().matches("[0-9]{1,18}") ? Long.valueOf(campaign.strip()) : null;
    }
}
