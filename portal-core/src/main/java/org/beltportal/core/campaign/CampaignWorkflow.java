package org.beltportal.core.campaign;

import java.util.Objects;

import org.beltportal.core.system.ConflictException;
import org.beltportal.core.system.ForbiddenException;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.tenant.TenantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review steps: submit (draft or rejected -> in_review), approve or reject (in_review -> approved or
 * rejected, by an approver who did not submit it: 403 otherwise), archive (any -> archived; an approved or
 * in-review campaign only by an approver). A step from the wrong status is a 409 naming the status.
 */
@Service
public class CampaignWorkflow {

    static final int MAX_REASON = 500;

    private final CampaignStore store;
    private final CampaignRules rules;

    public CampaignWorkflow(CampaignStore store, CampaignRules rules) {
        this.store = store;
        this.rules = rules;
    }

    @Transactional
    public Campaign submit(CampaignActor actor, TenantId tenantId, long id) {
        Campaign before = store.require(tenantId, id);
        requireStatus(before, "submit", CampaignStatus.DRAFT, CampaignStatus.REJECTED);
        Campaign after = before.withStatus(CampaignStatus.IN_REVIEW, null, actor.username(), null);
        rules.requireFreePlacements(after);
        return store.update(actor.username(), "campaign.submit", before, after);
    }

    @Transactional
    public Campaign approve(CampaignActor actor, TenantId tenantId, long id) {
        Campaign before = requireDecidable(actor, tenantId, id, "approve");
        Campaign after = before.withStatus(CampaignStatus.APPROVED, null, before.state().submittedBy(), actor.username());
        rules.requireFreePlacements(after);
        return store.update(actor.username(), "campaign.approve", before, after);
    }

    @Transactional
    public Campaign reject(CampaignActor actor, TenantId tenantId, long id, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw InvalidInputException.of("reason", "is required, at most " + MAX_REASON + " characters");
        }
        Campaign before = requireDecidable(actor, tenantId, id, "reject");
        Campaign after = before.withStatus(CampaignStatus.REJECTED, reason.strip(), before.state().submittedBy(), actor.username());
        return store.update(actor.username(), "campaign.reject", before, after);
    }

    @Transactional
    public Campaign archive(CampaignActor actor, TenantId tenantId, long id) {
        Campaign before = store.require(tenantId, id);
        requireStatus(before, "archive", CampaignStatus.DRAFT, CampaignStatus.REJECTED, CampaignStatus.IN_REVIEW,
                CampaignStatus.APPROVED);
        CampaignState state = before.state();
        boolean visibleOrDue = state.status() == CampaignStatus.APPROVED || state.status() == CampaignStatus.IN_REVIEW;
        if (visibleOrDue && !actor.approver()) {
            throw new ForbiddenException(actor.username() + " may not archive a campaign that is "
                    + state.status().code() + "; an approver must");
        }
        Campaign after = before.withStatus(CampaignStatus.ARCHIVED, state.rejectionReason(), state.submittedBy(),
                visibleOrDue ? actor.username() : state.decidedBy());
        return store.update(actor.username(), "campaign.archive", before, after);
    }

    private Campaign requireDecidable(CampaignActor actor, TenantId tenantId, long id, String step) {
        if (!actor.approver()) {
            throw new ForbiddenException(actor.username() + " may not " + step + " campaigns");
        }
        Campaign before = store.require(tenantId, id);
        requireStatus(before, step, CampaignStatus.IN_REVIEW);
        if (Objects.equals(before.state().submittedBy(), actor.username())) {
            throw new ForbiddenException(actor.username() + " submitted campaign " + before.spec().slug()
                    + " and may not " + step + " it; another approver must");
        }
        return before;
    }

    private static void requireStatus(Campaign campaign, String step, CampaignStatus... allowed) {
        CampaignStatus current = campaign.state().status();
        for (CampaignStatus status : allowed) {
            if (current == status) {
                return;
            }
        }
        throw new ConflictException("cannot " + step + " campaign " + campaign.spec().slug() + ": it is " + current.code());
    }
}
