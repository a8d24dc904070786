package org.beltportal.admin.campaign;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.campaign.Campaign;
import org.beltportal.core.campaign.CampaignDraft;
import org.beltportal.core.campaign.CampaignService;
import org.beltportal.core.campaign.CampaignStatus;
import org.beltportal.core.campaign.CampaignWorkflow;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.system.ResultPage;
import org.beltportal.core.system.web.JsonMergePatch;
import org.beltportal.core.system.web.MergePatchMapping;
import org.beltportal.core.tenant.Tenant;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/admin/api/v1/tenants/{slug}/campaigns")
public class CampaignAdminController {

    private final CampaignService campaigns;
    private final CampaignWorkflow workflow;
    private final Clock clock;
    private final JsonMergePatch patches;

    public CampaignAdminController(CampaignService campaigns, CampaignWorkflow workflow, Clock clock, JsonMergePatch patches) {
        this.campaigns = campaigns;
        this.workflow = workflow;
        this.clock = clock;
        this.patches = patches;
    }

    /** Newest first; {@code status} takes one or more comma-separated statuses. */
    @GetMapping
    ResultPage<CampaignView> list(@Grant(Permission.READ) Tenant tenant,
                                  @RequestParam(required = false) List<String> status,
                                  @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        List<CampaignStatus> statuses = status == null ? List.of() : status.stream().map(CampaignStatus::fromCode).toList();
        Instant now = clock.instant();
        return campaigns.page(tenant.id(), statuses, new PageQuery(page, size)).map(c -> CampaignView.at(c, now));
    }

    @GetMapping(params = "month")
    MonthView month(@Grant(Permission.READ) Tenant tenant, @RequestParam YearMonth month) {
        Instant now = clock.instant();
        return new MonthView(month, tenant.timezone(), campaigns.inMonth(tenant, month).stream()
                .map(s -> CampaignView.of(s.campaign(), s.occurrence(), now)).toList());
    }

    @GetMapping("/{id}")
    CampaignView get(@Grant(Permission.READ) Tenant tenant, @PathVariable long id) {
        return view(campaigns.require(tenant.id(), id));
    }

    @ApiResponse(responseCode = "201", description = "Created; Location names it")
    @ApiResponse(responseCode = "409", description = "The slug or a placement is taken")
    @PostMapping
    ResponseEntity<CampaignView> create(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CAMPAIGN_EDIT) Tenant tenant,
                                        @RequestBody CampaignDraft draft) {
        Campaign created = campaigns.create(user.username(), tenant, draft);
        return ResponseEntity.created(URI.create("/admin/api/v1/tenants/" + tenant.slug() + "/campaigns/" + created.id()))
                .body(view(created));
    }

    @ApiResponse(responseCode = "200", description = "Updated")
    @ApiResponse(responseCode = "409", description = "Changed meanwhile (version), not editable in its status, or a slug or placement is taken")
    @PutMapping("/{id}")
    CampaignView update(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CAMPAIGN_EDIT) Tenant tenant,
                        @PathVariable long id, @RequestBody CampaignDraft draft) {
        return view(campaigns.update(user.username(), tenant, id, draft));
    }

    /**
     * A JSON Merge Patch of the campaign's editable fields. The current version is assumed unless the patch
     * names one: a client that must not overwrite a change made meanwhile sends the version it read (409).
     */
    @ApiResponse(responseCode = "200", description = "Updated")
    @ApiResponse(responseCode = "409", description = "Changed meanwhile (version), not editable in its status, or a slug or placement is taken")
    @MergePatchMapping("/{id}")
    CampaignView patch(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CAMPAIGN_EDIT) Tenant tenant,
                       @PathVariable long id, @RequestBody JsonNode patch) {
        CampaignDraft draft = patches.apply(patch, view(campaigns.require(tenant.id(), id)), CampaignDraft.class);
        return view(campaigns.update(user.username(), tenant, id, draft));
    }

    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "409", description = "Not deletable in its status")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CAMPAIGN_EDIT) Tenant tenant,
                                @PathVariable long id) {
        campaigns.delete(user.username(), tenant.id(), id);
        return ResponseEntity.noContent().build();
    }

    @ApiResponse(responseCode = "200", description = "Submitted for review")
    @ApiResponse(responseCode = "409", description = "Not a step its status allows")
    @PostMapping("/{id}/submit")
    CampaignView submit(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CAMPAIGN_EDIT) Tenant tenant,
                        @PathVariable long id) {
        return view(workflow.submit(CampaignActors.of(user, tenant), tenant.id(), id));
    }

    @ApiResponse(responseCode = "200", description = "Approved")
    @ApiResponse(responseCode = "409", description = "Not a step its status allows, or a placement is taken")
    @PostMapping("/{id}/approve")
    CampaignView approve(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CAMPAIGN_APPROVE) Tenant tenant,
                         @PathVariable long id) {
        return view(workflow.approve(CampaignActors.of(user, tenant), tenant.id(), id));
    }

    @ApiResponse(responseCode = "200", description = "Rejected")
    @ApiResponse(responseCode = "409", description = "Not a step its status allows")
    @PostMapping("/{id}/reject")
    CampaignView reject(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CAMPAIGN_APPROVE) Tenant tenant,
                        @PathVariable long id, @RequestBody RejectRequest request) {
        return view(workflow.reject(CampaignActors.of(user, tenant), tenant.id(), id, request.reason()));
    }

    /** Campaign editors archive drafts and rejected ones; an approved or in-review one needs an approver. */
    @ApiResponse(responseCode = "200", description = "Archived")
    @ApiResponse(responseCode = "409", description = "Not a step its status allows")
    @PostMapping("/{id}/archive")
    CampaignView archive(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CAMPAIGN_EDIT) Tenant tenant,
                         @PathVariable long id) {
        return view(workflow.archive(CampaignActors.of(user, tenant), tenant.id(), id));
    }

    private CampaignView view(Campaign campaign) {
        return CampaignView.at(campaign, clock.instant());
    }

    record RejectRequest(String reason) {
    }

    /** The calendar of one month in the tenant's zone: each occurrence overlapping it, in order of going live. */
    record MonthView(YearMonth month, String timezone, List<CampaignView> items) {
    }
}
