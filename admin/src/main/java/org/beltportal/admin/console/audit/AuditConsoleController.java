package org.beltportal.admin.console.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.beltportal.admin.console.ConsoleForms;
import org.beltportal.admin.console.ConsolePages;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PlatformAdmin;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.audit.AuditEntry;
import org.beltportal.core.audit.AuditFilter;
import org.beltportal.core.audit.AuditLog;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.TenantService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail as pages: a belt's at {@code /admin/belts/{slug}/audit} (with the API's right to read it) and
 * the whole platform's at {@code /admin/audit} (platform admins; {@code ?belt=} narrows it to one belt). Newest
 * first, paged by id, each entry with its diff. Read through {@link AuditLog}, as the API reads it.
 */
@Controller
class AuditConsoleController {

    static final int PAGE_SIZE = 30;
    static final String PLATFORM_PATH = "/admin/audit";

    private final AuditLog audit;
    private final TenantService tenants;
    private final AuditDiff diff;
    private final ConsolePages pages;

    AuditConsoleController(AuditLog audit, TenantService tenants, JsonMapper json, ConsolePages pages) {
        this.audit = audit;
        this.tenants = tenants;
        this.diff = new AuditDiff(json);
        this.pages = pages;
    }

    @GetMapping(AuditScreen.PATH)
    ModelAndView belt(@Grant(Permission.AUDIT) Tenant belt, AuditQuery query) {
        Map<String, Object> model = new HashMap<>();
        model.put(ConsolePages.BELT, belt);
        return list(model, query, AuditScreen.PATH.replace("{slug}", belt.slug()),
                filter -> audit.forTenant(belt.id(), filter, query.beforeId(), PAGE_SIZE + 1), belt);
    }

    @GetMapping(PLATFORM_PATH)
    ModelAndView platform(@PlatformAdmin PortalUser caller, AuditQuery query) {
        Map<String, Object> model = new HashMap<>();
        model.put("platform", true);
        Tenant only = query.belt() == null ? null
                : tenants.findBySlug(query.belt()).orElseThrow(() -> new NotFoundException("no belt " + query.belt()));
        return list(model, query, PLATFORM_PATH, filter -> only == null
                ? audit.all(filter, query.beforeId(), PAGE_SIZE + 1)
                : audit.forTenant(only.id(), filter, query.beforeId(), PAGE_SIZE + 1), only);
    }

    private ModelAndView list(Map<String, Object> model, AuditQuery query, String path,
                              Function<AuditFilter, List<AuditEntry>> read, Tenant zoneOf) {
        model.put("query", query);
        model.put("path", path);
        List<AuditEntry> found = List.of();
        Map<String, String> problems = Map.of();
        try {
            found = read.apply(query.filter(zoneOf == null ? ZoneOffset.UTC : zoneOf.zone()));
        } catch (InvalidInputException invalid) {
            problems = ConsoleForms.problems(invalid);
        }
        Map<TenantId, String> slugs = model.containsKey("platform") ? tenants.slugsById() : Map.of();
        model.put("entries", found.stream().limit(PAGE_SIZE).map(entry -> new Entry(entry.id(), entry.actor(), entry.action(),
                entry.entityType(), entry.entityId(), entry.at(), entry.tenantId() == null ? null : slugs.get(entry.tenantId()),
                diff.of(entry.before(), entry.after()))).toList());
        model.put("nextBefore", found.size() > PAGE_SIZE ? found.get(PAGE_SIZE - 1).id() : null);
        model.put("problems", problems);
        return pages.page(problems.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT, "audit/list", model);
    }

    /** One entry as the list shows it; {@code belt} is the slug on the platform's list, null elsewhere. */
    public record Entry(long id, String actor, String action, String entityType, String entityId, Instant at,
                        String belt, List<AuditDiff.Field> fields) {
    }
}
