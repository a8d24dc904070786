package org.beltportal.core.page;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.beltportal.core.audit.AuditLog;
import org.beltportal.core.page.internal.PageMapper;
import org.beltportal.core.system.ConflictException;
import org.beltportal.core.system.HtmlSanitizer;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.system.Problems;
import org.beltportal.core.system.ResultPage;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PageService {

    private final PageMapper mapper;
    private final AuditLog audit;
    private final Clock clock;

    PageService(PageMapper mapper, AuditLog audit, Clock clock) {
        this.mapper = mapper;
        this.audit = audit;
        this.clock = clock;
    }

    public Page require(TenantId tenantId, long id) {
        return mapper.findById(tenantId, id).orElseThrow(() -> new NotFoundException("no page " + id));
    }

    public ResultPage<Page> page(TenantId tenantId, PageKind kind, PageQuery query) {
        return ResultPage.of(mapper.findPage(tenantId, kind, query.offset(), query.size()), mapper.count(tenantId, kind), query);
    }

    /** The newest {@code limit} news buyers see now: published, inside its window. */
    public List<Page> visibleNews(TenantId tenantId, int limit) {
        return mapper.findVisible(tenantId, PageKind.NEWS, clock.instant(), 0, limit);
    }

    /** One page of the news buyers see now, newest first, with how many there are in all. */
    public ResultPage<Page> visibleNews(TenantId tenantId, PageQuery query) {
        Instant now = clock.instant();
        return ResultPage.of(mapper.findVisible(tenantId, PageKind.NEWS, now, query.offset(), query.size()),
                mapper.countVisible(tenantId, PageKind.NEWS, now), query);
    }

    public Optional<Page> visibleBySlug(TenantId tenantId, String slug) {
        return mapper.findBySlug(tenantId, slug).filter(page -> page.isVisibleAt(clock.instant()));
    }

    @Transactional
    public Page create(String actor, Tenant tenant, PageDraft draft) {
        PageDraft valid = validated(draft, tenant);
        if (mapper.findBySlug(tenant.id(), valid.slug()).isPresent()) {
            throw new ConflictException("slug", "page slug " + valid.slug() + " is taken");
        }
        PageMapper.WriteRow row = new PageMapper.WriteRow(null, tenant.id(), valid, HtmlSanitizer.clean(valid.body()),
                clock.instant());
        mapper.insert(row);
        Page created = require(tenant.id(), row.id);
        audit.record(actor, tenant.id(), "page.create", "page", row.id, null, created);
        return created;
    }

    @Transactional
    public Page update(String actor, Tenant tenant, long id, PageDraft draft) {
        PageDraft valid = validated(draft, tenant);
        Page before = require(tenant.id(), id);
        mapper.findBySlug(tenant.id(), valid.slug()).filter(other -> other.id() != id).ifPresent(other -> {
            throw new ConflictException("slug", "page slug " + valid.slug() + " is taken");
        });
        mapper.update(new PageMapper.WriteRow(id, tenant.id(), valid, HtmlSanitizer.clean(valid.body()), clock.instant()));
        Page after = require(tenant.id(), id);
        audit.record(actor, tenant.id(), "page.update", "page", id, before, after);
        return after;
    }

    /**
     * The page as saving {@code draft} would store it (validated, defaults filled, body sanitised), without
     * storing it: what the console's preview shows.
     */
    public PageDraft checked(Tenant tenant, PageDraft draft) {
        PageDraft valid = validated(draft, tenant);
        return new PageDraft(valid.slug(), valid.title(), HtmlSanitizer.clean(valid.body()), valid.kind(), valid.status(),
                valid.publishAt(), valid.unpublishAt(), valid.locale());
    }

    @Transactional
    public void delete(String actor, TenantId tenantId, long id) {
        Page before = require(tenantId, id);
        mapper.delete(tenantId, id);
        audit.record(actor, tenantId, "page.delete", "page", id, before, null);
    }

    private static PageDraft validated(PageDraft draft, Tenant tenant) {
        Problems problems = new Problems();
        draft.validate(problems);
        problems.throwIfAny();
        return draft.normalised(tenant.locale());
    }
}
