package org.beltportal.core.supplier;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.beltportal.core.audit.AuditLog;
import org.beltportal.core.supplier.internal.SupplierMapper;
import org.beltportal.core.system.ConflictException;
import org.beltportal.core.system.CursorPage;
import org.beltportal.core.system.Cursors;
import org.beltportal.core.system.ListQuery;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.system.Problems;
import org.beltportal.core.system.ResultPage;
import org.beltportal.core.tenant.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class SupplierService {

    private static final String CURSOR = "suppliers";

    private final SupplierMapper mapper;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupplierService(SupplierMapper mapper, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.mapper = mapper;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public Optional<Supplier> find(TenantId tenantId, long id) {
        return mapper.findById(tenantId, id);
    }

    public Supplier require(TenantId tenantId, long id) {
        return find(tenantId, id).orElseThrow(() -> new NotFoundException("no supplier " + id));
    }

    public Map<Long, Supplier> byIds(TenantId tenantId, Collection<Long> ids) {
        return mapper.findByIds(tenantId, ids).stream().collect(Collectors.toMap(Supplier::id, Function.identity()));
    }

    /**
     * Suppliers by id whatever their tenant, without their description: only for the index rebuild's pass
     * ({@code CatalogueScan}), which reads every tenant's products and checks each supplier's tenant itself.
     */
    public List<Supplier> findAcrossTenants(Collection<Long> ids) {
        return mapper.findByIdsAcrossTenants(ids);
    }

    /** The {@code limit} most trusted suppliers: verified first, then best rated, then longest in business. */
    public List<Supplier> featured(TenantId tenantId, int limit) {
        return mapper.findFeatured(tenantId, limit);
    }

    public ResultPage<Supplier> page(TenantId tenantId, PageQuery query) {
        List<Supplier> items = mapper.findPage(tenantId, query.offset(), query.size());
        return ResultPage.of(items, mapper.count(tenantId), query);
    }

    /** The admin listing: filtered, in id order, one page after the query's cursor (or at its bounded offset). */
    public CursorPage<Supplier> list(TenantId tenantId, SupplierFilter filter, ListQuery query) {
        String pattern = filter.textPattern();
        Long afterId = query.cursor() == null ? null : Cursors.id(Cursors.decode(query.cursor(), CURSOR, 1).getFirst());
        List<Supplier> items = mapper.findList(tenantId, filter, pattern, afterId, query.offset(), query.size());
        String next = items.size() < query.size() ? null : Cursors.encode(CURSOR, Long.toString(items.getLast().id()));
        return new CursorPage<>(items, mapper.countList(tenantId, filter, pattern), query.page(), query.size(), next);
    }

    /**
     * The suppliers whose code or name is one of {@code keys} (compared as the database does, ignoring
     * case): one query for a whole import batch that names suppliers instead of giving their ids.
     */
    public List<Supplier> byCodesOrNames(TenantId tenantId, Collection<String> keys) {
        return keys.isEmpty() ? List.of() : mapper.findByCodesOrNames(tenantId, keys);
    }

    @Transactional
    public Supplier create(String actor, TenantId tenantId, SupplierDraft draft) {
        validate(draft);
        SupplierMapper.SupplierRow row = new SupplierMapper.SupplierRow(null, tenantId, withDefaults(draft), clock.instant());
        insertOrUpdate(() -> mapper.insert(row), draft);
        Supplier created = require(tenantId, row.id);
        audit.record(actor, tenantId, "supplier.create", "supplier", row.id, null, created);
        events.publishEvent(new SupplierChanged(tenantId, row.id));
        return created;
    }

    @Transactional
    public Supplier update(String actor, TenantId tenantId, long id, SupplierDraft draft) {
        validate(draft);
        Supplier before = require(tenantId, id);
        insertOrUpdate(() -> mapper.update(new SupplierMapper.SupplierRow(id, tenantId, withDefaults(draft), clock.instant())),
                draft);
        Supplier after = require(tenantId, id);
        audit.record(actor, tenantId, "supplier.update", "supplier", id, before, after);
        events.publishEvent(new SupplierChanged(tenantId, id));
        return after;
    }

    @Transactional
    public void delete(String actor, TenantId tenantId, long id) {
        Supplier before = require(tenantId, id);
        if (mapper.hasProducts(tenantId, id)) {
            throw new ConflictException("supplier " + id + " still has products; delete or move them first");
        }
        mapper.delete(tenantId, id);
        audit.record(actor, tenantId, "supplier.delete", "supplier", id, before, null);
        events.publishEvent(new SupplierChanged(tenantId, id));
    }

    private static void validate(SupplierDraft draft) {
        Problems problems = new Problems();
        draft.validate(problems);
        problems.throwIfAny();
    }

    /** The one unique key a supplier has besides its id is its code: a taken code is a 409. */
    private static void insertOrUpdate(Runnable write, SupplierDraft draft) {
        try {
            write.run();
        } catch (DuplicateKeyException codeTaken) {
            throw new ConflictException("code " + draft.code().strip() + " belongs to another supplier of this portal");
        }
    }

    private static SupplierDraft withDefaults(SupplierDraft d) {
        return new SupplierDraft(d.name().strip(), d.creditRating(), d.verified() != null && d.verified(),
                d.yearsActive() == null ? 0 : d.yearsActive(), d.location(), d.capabilities(), d.employees(),
                d.factoryArea(), d.description(), d.code() == null || d.code().isBlank() ? null : d.code().strip(),
                d.contactEmail() == null || d.contactEmail().isBlank() ? null : d.contactEmail().strip(),
                d.shopUrl() == null || d.shopUrl().isBlank() ? null : d.shopUrl().strip());
    }
}
