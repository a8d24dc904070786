package org.beltportal.core.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.beltportal.core.feed.ChangeArrived;
import org.beltportal.core.feed.ChangeKind;
import org.beltportal.core.system.BeltCaches;
import org.beltportal.core.system.ReadMostlyCache;
import org.beltportal.core.tenant.TenantId;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What the public portal asks about campaigns: a tenant's approved campaigns with their phase at an
 * instant (now, or a previewed {@code ?at=}), one by slug, and when the next phase change is due so a page
 * cache can expire exactly then. The approved list is cached per tenant ({@link ReadMostlyCache}: one query per
 * refresh, never holding up a page) and dropped on every local change; phases are always computed from the
 * instant asked about, never cached. An operator's preview may add one campaign of any status
 * ({@link #forPreview}), which is read from the store on each request and never enters the cache.
 */
@Component
public class ActiveCampaigns implements BeltCaches {

    /** Bounds how long another node serves a campaign list after an approval or edit here. */
    static final Duration REFRESH = Duration.ofSeconds(10);
    private static final Duration EXPIRY = Duration.ofMinutes(1);
    private static final int MAX_TENANTS = 10_000;

    private final ReadMostlyCache<TenantId, List<Campaign>> approved;
    private final CampaignStore store;

    public ActiveCampaigns(CampaignStore store) {
        this.store = store;
        this.approved = new ReadMostlyCache<>(REFRESH, EXPIRY, MAX_TENANTS,
                id -> store.withStatus(id, EnumSet.of(CampaignStatus.APPROVED)));
    }

    /** Every approved campaign of the tenant with its phase at {@code at}, soonest (or longest running) first. */
    public List<ActiveCampaign> at(TenantId tenantId, Instant at) {
        return at(tenantId, at, null);
    }

    /**
     * The same, with {@code previewed} (a campaign of the tenant in any status, or null) among them as if it were
     * approved: in place of its stored copy when it is approved already, else added.
     */
    public List<ActiveCampaign> at(TenantId tenantId, Instant at, Campaign previewed) {
        return withPreviewed(tenantId, previewed).stream().map(campaign -> at(campaign, at))
                .sorted(Comparator.comparing((ActiveCampaign a) -> a.occurrence() == null ? Instant.MAX : a.occurrence().liveStart())
                        .thenComparing(a -> a.campaign().id()))
                .toList();
    }

    /** Those in warm-up or live at {@code at}: the ones whose banners show. */
    public List<ActiveCampaign> shownAt(TenantId tenantId, Instant at) {
        return shownAt(tenantId, at, null);
    }

    /** The same with {@code previewed} (or null) among them as {@link #at(TenantId, Instant, Campaign)} has it. */
    public List<ActiveCampaign> shownAt(TenantId tenantId, Instant at, Campaign previewed) {
        return at(tenantId, at, previewed).stream().filter(ActiveCampaign::isShown).toList();
    }

    /** The approved campaign with this slug (its landing page), whatever its phase. */
    public Optional<ActiveCampaign> bySlug(TenantId tenantId, String slug, Instant at) {
        return bySlug(tenantId, slug, at, null);
    }

    /** The same with {@code previewed} (or null) among the approved ones. */
    public Optional<ActiveCampaign> bySlug(TenantId tenantId, String slug, Instant at, Campaign previewed) {
        return withPreviewed(tenantId, previewed).stream().filter(campaign -> campaign.spec().slug().equals(slug)).findFirst()
                .map(campaign -> at(campaign, at));
    }

    /**
     * The tenant's campaign {@code id} whatever its status, read afresh (never from the approved cache): what an
     * operator previews in place before approval. Empty for another tenant's id.
     */
    public Optional<Campaign> forPreview(TenantId tenantId, long id) {
        return store.find(tenantId, id).filter(campaign -> tenantId.equals(campaign.tenantId()));
    }

    /** The first instant after {@code at} at which any approved campaign of the tenant changes phase. */
    public Optional<Instant> nextChange(TenantId tenantId, Instant at) {
        return approved(tenantId).stream().map(campaign -> campaign.timing().nextChangeAfter(at))
                .flatMap(Optional::stream).min(Comparator.naturalOrder());
    }

    // Before the page cache and template listeners, so a page rendered after them reads the change.
    @TransactionalEventListener(fallbackExecution = true)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(CampaignChanged event) {
        approved.invalidate(event.tenantId());
    }

    private List<Campaign> approved(TenantId tenantId) {
        return approved.get(tenantId);
    }

    private List<Campaign> withPreviewed(TenantId tenantId, Campaign previewed) {
        List<Campaign> all = approved(tenantId);
        if (previewed == null || !tenantId.equals(previewed.tenantId())) {
            return all;
        }
        List<Campaign> with = new ArrayList<>(all.stream().filter(campaign -> campaign.id() != previewed.id()).toList());
        with.add(previewed);
        return with;
    }

    private static ActiveCampaign at(Campaign campaign, Instant at) {
        Optional<Occurrence> occurrence = campaign.timing().at(at);
        return new ActiveCampaign(campaign, occurrence.map(o -> o.phaseAt(at)).orElse(CampaignPhase.ENDED),
                occurrence.orElse(null));
    }

    /** Another node's campaign change arrives as belt content through the change feed (decision 0043). */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(ChangeArrived event) {
        if (event.kind() == ChangeKind.CONTENT) {
            approved.invalidate(event.tenantId());
        }
    }

    @Override
    public Map<String, LongSupplier> beltCacheEntries() {
        return Map.of("campaign.approved", approved::size);
    }
}
