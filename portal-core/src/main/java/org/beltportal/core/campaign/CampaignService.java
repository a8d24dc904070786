package org.beltportal.core.campaign;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.beltportal.core.system.ConflictException;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.system.ResultPage;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, edits, lists and deletes campaigns. Callers have checked the actor's rights; the review steps
 * are {@link CampaignWorkflow}'s. Editing an approved campaign sends it back to review, so what buyers see
 * is always something an approver saw.
 */
@Service
public class CampaignService {

    private static final Set<CampaignStatus> ON_CALENDAR = EnumSet.complementOf(EnumSet.of(CampaignStatus.ARCHIVED));

    private final CampaignStore store;
    private final CampaignRules rules;

    public CampaignService(CampaignStore store, CampaignRules rules) {
        this.store = store;
        this.rules = rules;
    }

    public Campaign require(TenantId tenantId, long id) {
        return store.require(tenantId, id);
    }

    /** Newest first; no statuses means all of them. */
    public ResultPage<Campaign> page(TenantId tenantId, Collection<CampaignStatus> statuses, PageQuery query) {
        return ResultPage.of(store.page(tenantId, statuses, query.offset(), query.size()), store.count(tenantId, statuses), query);
    }

    /**
     * Every occurrence of a non-archived campaign that shares time with {@code month} in the tenant's zone,
     * in order of going live; a campaign recurring twice in one month is listed twice. A month outside
     * {@link CampaignYears} is refused (422 naming {@code month}).
     */
    public List<Scheduled> inMonth(Tenant tenant, YearMonth month) {
        if (!CampaignYears.contains(month)) {
            throw InvalidInputException.of("month", CampaignYears.RULE);
        }
        ZoneId zone = tenant.zone();
        var from = month.atDay(1).atStartOfDay(zone).toInstant();
        var to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        return store.withStatus(tenant.id(), ON_CALENDAR).stream()
                .flatMap(campaign -> campaign.timing().between(from, to).stream().map(o -> new Scheduled(campaign, o)))
                .sorted(Comparator.comparing((Scheduled s) -> s.occurrence().liveStart()).thenComparing(s -> s.campaign().id()))
                .toList();
    }

    @Transactional
    public Campaign create(String actor, Tenant tenant, CampaignDraft draft) {
        CampaignSpec valid = rules.validated(tenant, draft.spec());
        requireFreeSlug(tenant.id(), valid.slug(), 0);
        Campaign campaign = Campaign.newDraft(tenant.id(), actor, valid);
        rules.requireFreePlacements(campaign);
        return store.insert(actor, campaign);
    }

    /**
     * Saves new content. A draft stays a draft, a rejected campaign becomes a draft again, an approved one
     * goes back to review with {@code actor} as its submitter; one under review or archived cannot change.
     */
    @Transactional
    public Campaign update(String actor, Tenant tenant, long id, CampaignDraft draft) {
        Campaign before = store.require(tenant.id(), id);
        CampaignState state = before.state();
        if (draft.version() != null && draft.version() != state.version()) {
            throw new ConflictException("campaign " + before.spec().slug() + " is at version " + state.version()
                    + ", not " + draft.version() + ": someone changed it meanwhile");
        }
        Campaign edited = switch (state.status()) {
            case DRAFT -> before;
            case REJECTED -> before.withStatus(CampaignStatus.DRAFT, null, state.submittedBy(), null);
            case APPROVED -> before.withStatus(CampaignStatus.IN_REVIEW, null, actor, null);
            case IN_REVIEW, ARCHIVED -> throw new ConflictException("campaign " + before.spec().slug() + " is "
                    + state.status().code() + " and cannot be edited"
                    + (state.status() == CampaignStatus.IN_REVIEW ? " until it is approved or rejected" : ""));
        };
        CampaignSpec valid = rules.validated(tenant, draft.spec());
        requireFreeSlug(tenant.id(), valid.slug(), id);
        Campaign after = edited.withSpec(valid);
        rules.requireFreePlacements(after);
        return store.update(actor, "campaign.update", before, after);
    }

    /** Only what never reached buyers may be deleted; anything else is archived, so its trail stays readable. */
    @Transactional
    public void delete(String actor, TenantId tenantId, long id) {
        Campaign before = store.require(tenantId, id);
        CampaignStatus status = before.state().status();
        if (status != CampaignStatus.DRAFT && status != CampaignStatus.REJECTED) {
            throw new ConflictException("campaign " + before.spec().slug() + " is " + status.code()
                    + "; only drafts and rejected campaigns can be deleted, archive it instead");
        }
        store.delete(actor, before);
    }

    private void requireFreeSlug(TenantId tenantId, String slug, long ownId) {
        store.findBySlug(tenantId, slug).filter(other -> other.id() != ownId).ifPresent(other -> {
            throw new ConflictException("campaign slug " + slug + " is taken by " + other.spec().name());
        });
    }

    /** One occurrence of a campaign, as a calendar lists it. */
    public record Scheduled(Campaign campaign, Occurrence occurrence) {
    }
}
