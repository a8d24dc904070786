package org.beltportal.admin.console.campaign;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.admin.campaign.CampaignActors;
import org.beltportal.admin.console.ConsoleFlash;
import org.beltportal.admin.console.ConsoleForms;
import org.beltportal.admin.console.ConsolePages;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.campaign.Campaign;
import org.beltportal.core.campaign.CampaignService;
import org.beltportal.core.campaign.CampaignStatus;
import org.beltportal.core.campaign.CampaignWorkflow;
import org.beltportal.core.system.ConflictException;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.tenant.Tenant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The review queue of a belt: campaigns in review, oldest submissions last as the API lists them, each with
 * approve and reject (a reason required) through {@link CampaignWorkflow}, which refuses anyone deciding their
 * own submission (403). The page does not offer that button at all and says why, so the refusal is only ever
 * met by a forged or stale post.
 */
@Controller
class ReviewController {

    static final int SHOWN = 50;

    private final CampaignService campaigns;
    private final CampaignWorkflow workflow;
    private final ConsolePages pages;
    private final Clock clock;

    ReviewController(CampaignService campaigns, CampaignWorkflow workflow, ConsolePages pages, Clock clock) {
        this.campaigns = campaigns;
        this.workflow = workflow;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping(CampaignPaths.BASE + "review")
    ModelAndView queue(@Grant(Permission.CAMPAIGN_APPROVE) Tenant belt) {
        return page(HttpStatus.OK, belt, Map.of());
    }

    @PostMapping(CampaignPaths.BASE + "{id:\\d+}/approve")
    ResponseEntity<Void> approve(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CAMPAIGN_APPROVE) Tenant belt,
                                 @PathVariable long id, HttpServletRequest request, HttpServletResponse response) {
        try {
            Campaign approved = workflow.approve(CampaignActors.of(user, belt), belt.id(), id);
            return ConsoleForms.done(CampaignPaths.review(belt), ConsoleFlash.status("review.approved", approved.spec().name()), request, response);
        } catch (ConflictException refused) {
            return ConsoleForms.done(CampaignPaths.review(belt), ConsoleFlash.alert("campaign.conflict", refused.getMessage()), request, response);
        }
    }

    @PostMapping(CampaignPaths.BASE + "{id:\\d+}/reject")
    Object reject(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CAMPAIGN_APPROVE) Tenant belt, @PathVariable long id,
                  @RequestParam(required = false) String reason, HttpServletRequest request, HttpServletResponse response) {
        try {
            Campaign rejected = workflow.reject(CampaignActors.of(user, belt), belt.id(), id, reason);
            return ConsoleForms.done(CampaignPaths.review(belt), ConsoleFlash.status("review.rejected", rejected.spec().name()), request, response);
        } catch (InvalidInputException invalid) {
            return page(HttpStatus.UNPROCESSABLE_CONTENT, belt,
                    Map.of("failedId", id, "reason", reason == null ? "" : reason, "reasonError", invalid.problems().getFirst().message()));
        } catch (ConflictException refused) {
            return ConsoleForms.done(CampaignPaths.review(belt), ConsoleFlash.alert("campaign.conflict", refused.getMessage()), request, response);
        }
    }

    private ModelAndView page(HttpStatus status, Tenant belt, Map<String, Object> failedReject) {
        Map<String, Object> model = new HashMap<>(failedReject);
        model.put(ConsolePages.BELT, belt);
        model.put("now", clock.instant());
        model.put("campaigns", campaigns.page(belt.id(), List.of(CampaignStatus.IN_REVIEW), new PageQuery(0, SHOWN)));
        model.put("path", CampaignPaths.calendar(belt));
        return pages.page(status, "campaign/review", model);
    }
}
