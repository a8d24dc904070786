package org.beltportal.core.campaign;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.beltportal.core.audit.AuditLog;
import org.beltportal.core.campaign.internal.CampaignMapper;
import org.beltportal.core.campaign.internal.CampaignRow;
import org.beltportal.core.system.ConflictException;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.tenant.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Reads and writes campaigns for the service and the workflow. Every write checks the version it read
 * (two operators editing at once: the second gets 409), records its audit entry and publishes
 * {@link CampaignChanged}; callers hold the transaction.
 */
@Component
class CampaignStore {

    private final CampaignMapper mapper;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CampaignStore(CampaignMapper mapper, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.mapper = mapper;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    Optional<Campaign> find(TenantId tenantId, long id) {
        return mapper.findById(tenantId, id).map(CampaignRow::campaign);
    }

    Campaign require(TenantId tenantId, long id) {
        return find(tenantId, id).orElseThrow(() -> new NotFoundException("no campaign " + id));
    }

    Optional<Campaign> findBySlug(TenantId tenantId, String slug) {
        return mapper.findBySlug(tenantId, slug).map(CampaignRow::campaign);
    }

    List<Campaign> withStatus(TenantId tenantId, Collection<CampaignStatus> statuses) {
        return mapper.findByStatuses(tenantId, statuses).stream().map(CampaignRow::campaign).toList();
    }

    List<Campaign> page(TenantId tenantId, Collection<CampaignStatus> statuses, long offset, int limit) {
        return mapper.findPage(tenantId, statuses, offset, limit).stream().map(CampaignRow::campaign).toList();
    }

    long count(TenantId tenantId, Collection<CampaignStatus> statuses) {
        return mapper.count(tenantId, statuses);
    }

    Campaign insert(String actor, Campaign campaign) {
        CampaignMapper.Key key = new CampaignMapper.Key();
        mapper.insert(CampaignRow.of(campaign, clock.instant()), key);
        Campaign created = require(campaign.tenantId(), key.id);
        audit.record(actor, created.tenantId(), "campaign.create", "campaign", created.id(), null, created);
        events.publishEvent(new CampaignChanged(created.tenantId(), created.id()));
        return created;
    }

    /** Writes {@code after} over {@code before} (same id and version) and audits it as {@code action}. */
    Campaign update(String actor, String action, Campaign before, Campaign after) {
        if (mapper.update(CampaignRow.of(after, clock.instant())) == 0) {
            throw new ConflictException("campaign " + before.spec().slug() + " was changed meanwhile; reload it and try again");
        }
        Campaign saved = require(before.tenantId(), before.id());
        audit.record(actor, before.tenantId(), action, "campaign", before.id(), before, saved);
        events.publishEvent(new CampaignChanged(before.tenantId(), before.id()));
        return saved;
    }

    void delete(String actor, Campaign before) {
        mapper.delete(before.tenantId(), before.id());
        audit.record(actor, before.tenantId(), "campaign.delete", "campaign", before.id(), before, null);
        events.publishEvent(new CampaignChanged(before.tenantId(), before.id()));
    }

    List<Long> existingProducts(TenantId tenantId, Collection<Long> ids) {
        return mapper.existingProducts(tenantId, ids);
    }

    List<Long> existingSuppliers(TenantId tenantId, Collection<Long> ids) {
        return mapper.existingSuppliers(tenantId, ids);
    }
}
