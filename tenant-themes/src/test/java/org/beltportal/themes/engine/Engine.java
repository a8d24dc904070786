package org.beltportal.themes.engine;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.beltportal.core.template.TemplateFailures;
import org.beltportal.core.template.TemplateOverrideService;
import org.beltportal.core.template.TemplatePath;
import org.beltportal.core.tenant.Branding;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.TenantStatus;
import org.beltportal.core.tenant.web.Site;
import org.beltportal.themes.TestData;
import org.beltportal.themes.home.HomePage;
import org.beltportal.themes.i18n.Messages;
import org.beltportal.themes.i18n.PortalLocale;
import org.beltportal.themes.site.Seo;
import org.beltportal.themes.site.SiteView;
import org.springframework.util.unit.DataSize;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The real engine (configurations, loader, renderer, built-in templates) without Spring, with overrides
 * kept in a map instead of the database, and tight limits so that limit tests finish fast.
 */
final class Engine {

    static final Duration TIMEOUT = Duration.ofMillis(1500);
    static final long MAX_CHARS = 64 * 1024;
    static final DataSize MAX_ALLOCATION = DataSize.ofMegabytes(32);
    static final int RENDERS_PER_TENANT = 2;
    /** As short as the old fixed wait: the tests of busy belts do not wait for the default half second. */
    static final Duration SLOT_WAIT = Duration.ofMillis(50);
    static final Duration SLOT_PATIENCE = Duration.ofSeconds(1);

    static final Tenant CATALOG_A = tenant(11, "alpha", "甲产业带", "catalog");
    static final Tenant CATALOG_B = tenant(12, "beta", "乙产业带", "catalog");
    static final Tenant FESTIVAL = tenant(13, "gamma", "丙产业带", "festival");

    private static final Messages MESSAGES = new Messages();

    final BuiltInTemplates builtIns = new BuiltInTemplates();
    final TemplateOverrideService overrides = mock(TemplateOverrideService.class);
    /** The failures the renderer records for the belts' operators. */
    final TemplateFailures failures = mock(TemplateFailures.class);
    final TenantConfigurations configurations;
    final TemplateRenderer renderer;
    private final Map<String, Stored> stored = new ConcurrentHashMap<>();
    private final AtomicInteger versions = new AtomicInteger();

    Engine() {
        this(MAX_ALLOCATION);
    }

    /** With another allocation budget: an endless loop allocates too, and a small budget ends it before its time. */
    Engine(DataSize maxAllocation) {
        this(maxAllocation, Integer.MAX_VALUE);
    }

    /**
     * With failing overrides set aside after {@code overrideFailures} failures in a minute; other engines never
     * set them aside, so that each render of an attacking template meets the limits themselves.
     */
    Engine(DataSize maxAllocation, int overrideFailures) {
        ThemeProperties properties = new ThemeProperties(TIMEOUT, DataSize.ofBytes(MAX_CHARS), maxAllocation,
                RENDERS_PER_TENANT, SLOT_WAIT, SLOT_PATIENCE, 16, overrideFailures, Duration.ofMinutes(1), Duration.ZERO, 10);
        configurations = new TenantConfigurations(overrides, builtIns, properties);
        renderer = new TemplateRenderer(configurations, properties, new DraftTickets(), failures, java.time.Clock.systemUTC());
        when(overrides.anyInForce(any())).thenAnswer(call -> stored.keySet().stream()
                .anyMatch(key -> key.startsWith(((TenantId) call.getArgument(0)).value() + ":")));
        when(overrides.versionInForce(any(), any())).thenAnswer(call -> Optional.ofNullable(
                stored.get(key(call.getArgument(0), call.getArgument(1)))).map(Stored::version));
        when(overrides.source(any(), any(), anyInt())).thenAnswer(call ->
                stored.get(key(call.getArgument(0), call.getArgument(1))).source());
        // Compile the built-in pages once, so a test's first render is not also the JIT's first (on a busy
        // machine a cold first render can take longer than the short limit used here).
        for (Tenant tenant : List.of(CATALOG_A, CATALOG_B, FESTIVAL)) {
            render(tenant, "pages/home.ftlh");
            render(tenant, TemplateRenderer.ERROR_PAGE);
        }
    }

    static Tenant tenant(long id, String slug, String name, String theme) {
        return new Tenant(new TenantId(id), slug, name, null, "浙江省", "zh-CN", "Asia/Shanghai", theme,
                TenantStatus.ACTIVE, null, TestData.NOW, TestData.NOW);
    }

    /** Stores an override as a new version, as a save does. */
    void override(Tenant tenant, String path, String source) {
        stored.put(key(tenant.id(), new TemplatePath(path)), new Stored(versions.incrementAndGet(), source));
    }

    RenderedPage render(Tenant tenant, String template) {
        Site.TenantSite site = new Site.TenantSite(tenant, "");
        Map<String, Object> model = Map.of("site", SiteView.of(site, Branding.empty(), PortalLocale.ZH_CN.tag(), List.of()),
                "page", new HomePage(List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
                "msg", MESSAGES.of(PortalLocale.ZH_CN), "seo", Seo.none());
        return renderer.render(site, template, model, Locale.SIMPLIFIED_CHINESE);
    }

    /** Renders {@code source} as the tenant's override of a page of its own. */
    RenderedPage renderSource(Tenant tenant, String source) {
        override(tenant, "pages/probe.ftlh", source);
        return render(tenant, "pages/probe.ftlh");
    }

    void stop() {
        renderer.stop();
    }

    private record Stored(int version, String source) {
    }

    private static String key(TenantId tenantId, TemplatePath path) {
        return tenantId.value() + ":" + path.value();
    }
}
