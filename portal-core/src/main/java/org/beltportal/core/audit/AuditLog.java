package org.beltportal.core.audit;

import java.time.Clock;
import java.util.List;

import org.beltportal.core.audit.internal.AuditMapper;
import org.beltportal.core.system.Problems;
import org.beltportal.core.system.TenantContentChanged;
import org.beltportal.core.tenant.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every admin change. Services call it inside their own transaction, so a change and its entry
 * are written together or not at all. Because every admin change passes here, this is also where a
 * tenant's change is announced ({@link TenantContentChanged}) to caches of its public pages.
 */
@Service
public class AuditLog {

    public static final int MAX_PAGE = 200;

    private final AuditMapper mapper;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AuditLog(AuditMapper mapper, JsonMapper json, Clock clock, ApplicationEventPublisher events) {
        this.mapper = mapper;
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    /**
     * @param tenantId null for platform-level changes
     * @param before   the state before (any value Jackson can write), null on create
     * @param after    the state after, null on delete
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, TenantId tenantId, String action, String entityType, Object entityId,
                       Object before, Object after) {
        mapper.insert(new AuditEntry(0, tenantId, actor, action, entityType,
                entityId == null ? null : entityId.toString(), toJson(before), toJson(after), clock.instant()));
        if (tenantId != null) {
            events.publishEvent(new TenantContentChanged(tenantId));
        }
    }

    /** Newest first; pass the smallest id seen as {@code beforeId} for the next page. */
    public List<AuditEntry> forTenant(TenantId tenantId, Long beforeId, int limit) {
        return forTenant(tenantId, AuditFilter.NONE, beforeId, limit);
    }

    /** The tenant's entries that {@code filter} lets through, newest first, by keyset as above. */
    public List<AuditEntry> forTenant(TenantId tenantId, AuditFilter filter, Long beforeId, int limit) {
        check(filter);
        return mapper.findByTenant(tenantId, filter, beforeId, Math.min(limit, MAX_PAGE));
    }

    public List<AuditEntry> all(Long beforeId, int limit) {
        return all(AuditFilter.NONE, beforeId, limit);
    }

    /** The whole trail (platform changes included) that {@code filter} lets through, newest first. */
    public List<AuditEntry> all(AuditFilter filter, Long beforeId, int limit) {
        check(filter);
        return mapper.findAll(filter, beforeId, Math.min(limit, MAX_PAGE));
    }

    private static void check(AuditFilter filter) {
        Problems problems = new Problems();
        problems.require(filter.actor() == null || filter.actor().length() <= AuditFilter.MAX_TEXT, "actor",
                "must be at most " + AuditFilter.MAX_TEXT + " characters");
        problems.require(filter.kind() == null || filter.kind().length() <= AuditFilter.MAX_TEXT, "kind",
                "must be at most " + AuditFilter.MAX_TEXT + " characters");
        problems.require(filter.from() == null || filter.until() == null || filter.from().isBefore(filter.until()), "from",
                "must be before to");
        problems.throwIfAny();
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }
}
