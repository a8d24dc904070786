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
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.system.Problems;
import org.beltportal.core.system.ResultPage;
import org.beltportal.core.tenant.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class SupplierService {

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

    @Transactional
    public Supplier create(String actor, TenantId tenantId, SupplierDraft draft) {
        validate(draft);
        SupplierMapper.SupplierRow row = new SupplierMapper.SupplierRow(null, tenantId, withDefaults(draft), clock.instant());
        mapper.insert(row);
        Supplier created = require(tenantId, row.id);
        audit.record(actor, tenantId, "supplier.create", "supplier", row.id, null, created);
        events.publishEvent(new SupplierChanged(tenantId, row.id));
        return created;
    }

    @Transactional
    public Supplier update(String actor, TenantId tenantId, long id, SupplierDraft draft) {
        validate(draft);
        Supplier before = require(tenantId, id);
        mapper.update(new SupplierMapper.SupplierRow(id, tenantId, withDefaults(draft), clock.instant()));
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

    private static SupplierDraft withDefaults(SupplierDraft d) {
        return new SupplierDraft(d.name().strip(), d.creditRating(), d.verified() != null && d.verified(),
                d.yearsActive() == null ? 0 : d.yearsActive(), d.location(), d.capabilities(), d.employees(),
                d.factoryArea(), d.description());
    }
}
