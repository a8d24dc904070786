package org.beltportal.admin.audit;

import java.time.Instant;
import java.util.List;

import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PlatformAdmin;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.audit.AuditEntry;
import org.beltportal.core.audit.AuditLog;
import org.beltportal.core.tenant.Tenant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /admin/api/v1/audit?tenant=&before=&limit=}: newest first. With a tenant, region operators
 * of that tenant may read it; the whole trail (platform changes included) is for platform admins.
 */
@RestController
public class AuditController {

    private final AuditLog audit;
    private final JsonMapper json;

    public AuditController(AuditLog audit, JsonMapper json) {
        this.audit = audit;
        this.json = json;
    }

    @GetMapping(value = "/admin/api/v1/audit", params = "!tenant")
    AuditPage all(@PlatformAdmin PortalUser user, @RequestParam(required = false) Long before,
                  @RequestParam(defaultValue = "50") int limit) {
        int size = size(limit);
        return page(audit.all(before, size), size);
    }

    @GetMapping(value = "/admin/api/v1/audit", params = "tenant")
    AuditPage ofTenant(@Grant(value = Permission.AUDIT, slugParameter = "tenant") Tenant tenant,
                       @RequestParam(required = false) Long before, @RequestParam(defaultValue = "50") int limit) {
        int size = size(limit);
        return page(audit.forTenant(tenant.id(), before, size), size);
    }

    private static int size(int limit) {
        return Math.max(1, Math.min(limit, AuditLog.MAX_PAGE));
    }

    private AuditPage page(List<AuditEntry> entries, int size) {
        Long next = entries.size() == size ? entries.getLast().id() : null;
        return new AuditPage(entries.stream().map(this::view).toList(), next);
    }

    record AuditPage(List<AuditView> items, Long nextBefore) {
    }

    record AuditView(long id, Long tenantId, String actor, String action, String entityType, String entityId,
                     JsonNode before, JsonNode after, Instant at) {
    }

    private AuditView view(AuditEntry entry) {
        return new AuditView(entry.id(), entry.tenantId() == null ? null : entry.tenantId().value(), entry.actor(),
                entry.action(), entry.entityType(), entry.entityId(), parse(entry.before()), parse(entry.after()), entry.at());
    }

    private JsonNode parse(String text) {
        return text == null ? null : json.readTree(text);
    }
}
