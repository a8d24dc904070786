package org.beltportal.admin.audit;

import java.time.Instant;
import java.util.List;

import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.admin.security.TenantAccess;
import org.beltportal.core.audit.AuditEntry;
import org.beltportal.core.audit.AuditLog;
import org.beltportal.core.tenant.Tenant;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
    private final TenantAccess access;
    private final JsonMapper json;

    public AuditController(AuditLog audit, TenantAccess access, JsonMapper json) {
        this.audit = audit;
        this.access = access;
        this.json = json;
    }

    @GetMapping("/admin/api/v1/audit")
    AuditPage list(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String tenant,
                   @RequestParam(required = false) Long before, @RequestParam(defaultValue = "50") int limit) {
        int size = Math.max(1, Math.min(limit, AuditLog.MAX_PAGE));
        List<AuditEntry> entries;
        if (tenant == null) {
            access.requirePlatformAdmin(user);
            entries = audit.all(before, size);
        } else {
            Tenant scoped = access.require(user, tenant, Permission.AUDIT);
            entries = audit.forTenant(scoped.id(), before, size);
        }
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
