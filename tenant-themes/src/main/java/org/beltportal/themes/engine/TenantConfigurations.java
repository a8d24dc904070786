package org.beltportal.themes.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.beltportal.core.feed.ChangeArrived;
import org.beltportal.core.feed.ChangeKind;
import org.beltportal.core.system.BeltCaches;
import org.beltportal.core.template.TemplateOverrideChanged;
import org.beltportal.core.template.TemplateOverrideService;
import org.beltportal.core.template.TemplatePath;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantChanged;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.web.Site;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The FreeMarker configurations, each with its own template cache. One per tenant (keyed by tenant id and
 * theme, bounded, least recently used dropped first), so compiled templates of one tenant are never
 * looked up for another. Built-in only configurations (platform site, error pages) are one per theme.
 */
@Component
class TenantConfigurations implements BeltCaches {

    private static final Logger log = LoggerFactory.getLogger(TenantConfigurations.class);
    private static final String BASE_ONLY = "";

    private final TemplateOverrideService overrides;
    private final BuiltInTemplates builtIns;
    private final ThemeProperties properties;
    private final Cache<Key, SandboxConfiguration> byTenant;
    private final Map<String, SandboxConfiguration> builtInByTheme = new ConcurrentHashMap<>();

    TenantConfigurations(TemplateOverrideService overrides, BuiltInTemplates builtIns, ThemeProperties properties) {
        this.overrides = overrides;
        this.builtIns = builtIns;
        this.properties = properties;
        this.byTenant = Caffeine.newBuilder().maximumSize(properties.cachedTenants()).build();
    }

    /** What a page of this site renders with: the tenant's lookup chain, or base only for the platform. */
    SandboxConfiguration forSite(Site site) {
        return site instanceof Site.TenantSite tenantSite ? forTenant(tenantSite.tenant()) : builtIn(null);
    }

    /** Built-in templates only (the tenant's theme and base), for error pages that must not depend on overrides. */
    SandboxConfiguration builtInForSite(Site site) {
        return builtIn(site instanceof Site.TenantSite tenantSite && builtIns.themes().contains(tenantSite.tenant().theme())
                ? tenantSite.tenant().theme() : null);
    }

    /** Whether the tenant has any override in force: without one, its pages are the theme's anyway. */
    boolean hasOverrides(Tenant tenant) {
        return overrides.anyInForce(tenant.id());
    }

    /**
     * The tenant's lookup chain with {@code draft} in place of {@code path}'s published version: a configuration
     * of its own, cached nowhere, for the check-render of that draft.
     */
    SandboxConfiguration withDraft(Tenant tenant, TemplatePath path, String draft) {
        return ownAndBorrowed(tenant, new TenantTemplateLoader.Draft(path, draft));
    }

    SandboxConfiguration forTenant(Tenant tenant) {
        // The theme is resolved (and an unknown one warned about) once per cache entry, not per request.
        return byTenant.get(new Key(tenant.id(), tenant.theme()), key -> ownAndBorrowed(tenant, null));
    }

    /** The tenant's own templates compiled in a configuration of its own; its theme's borrowed, compiled once. */
    private SandboxConfiguration ownAndBorrowed(Tenant tenant, TenantTemplateLoader.Draft draft) {
        String theme = themeOf(tenant);
        TenantTemplateLoader loader = new TenantTemplateLoader(tenant.id(), theme, overrides, builtIns, draft);
        return new SandboxConfiguration(loader, properties.templateUpdateDelay(), builtIn(theme), loader::owns);
    }

    private SandboxConfiguration builtIn(String theme) {
        return builtInByTheme.computeIfAbsent(theme == null ? BASE_ONLY : theme, key -> new SandboxConfiguration(
                new TenantTemplateLoader(null, theme, overrides, builtIns, null), properties.templateUpdateDelay()));
    }

    /** The tenant's theme if it is built in; else null (base templates) and a warning. */
    private String themeOf(Tenant tenant) {
        if (tenant.theme() == null || builtIns.themes().contains(tenant.theme())) {
            return tenant.theme();
        }
        log.warn("Tenant {} has unknown theme '{}'; rendering it with the base templates", tenant.slug(), tenant.theme());
        return null;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TemplateOverrideChanged event) {
        drop(event.tenantId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TenantChanged event) {
        drop(event.tenantId());
    }

    private void drop(TenantId tenantId) {
        byTenant.asMap().keySet().removeIf(key -> key.tenantId().equals(tenantId));
    }

    /** The theme is part of the key, so a theme change seen through the tenant directory needs no event. */
    private record Key(TenantId tenantId, String theme) {
    }

    /** Another node's change of the belt itself (its theme among them), through the change feed (decision 0043). */
    @EventListener
    void on(ChangeArrived event) {
        if (event.kind() == ChangeKind.TENANT) {
            drop(event.tenantId());
        }
    }

    @Override
    public Map<String, LongSupplier> beltCacheEntries() {
        return Map.of("template.configurations", byTenant::estimatedSize);
    }
}
