package org.beltportal.themes.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.beltportal.core.template.TemplateOverrideService;
import org.beltportal.core.template.TemplatePath;
import org.beltportal.core.tenant.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * What one entry of {@code portal.themes.cached-tenants} costs (docs/scaling.md): belts' configurations, each
 * belt with an override of its own (its hero) and every page of its theme asked for (a belt whose buyers reached
 * every page type: the most an entry holds), and the heap they retain after a full collection, divided by the
 * belts. A belt's configuration compiles only its own templates and borrows its theme's (SandboxConfiguration);
 * before that, an entry held the whole theme compiled, about 500 KB. The figures are printed for
 * docs/scaling.md; the bound fails the test when an entry starts holding compiled theme templates again.
 */
class ConfigurationHeapTest {

    private static final int BELTS = 200;
    private static final long BOUND_PER_BELT = 64 * 1024;
    private static final TemplatePath OWN = new TemplatePath("partials/hero.ftlh");

    private final BuiltInTemplates builtIns = new BuiltInTemplates();

    @Test
    void aCachedBeltWithItsOwnHeroAndEveryPageAskedForRetainsItsOwnTemplatesOnly() throws IOException, InterruptedException {
        TemplateOverrideService overrides = mock(TemplateOverrideService.class);
        when(overrides.versionInForce(any(), eq(OWN))).thenReturn(Optional.of(1));
        when(overrides.source(any(), eq(OWN), anyInt())).thenReturn("<section class=\"hero\">${site.name()}</section>");
        TenantConfigurations configurations = new TenantConfigurations(overrides, builtIns,
                new ThemeProperties(Duration.ofSeconds(2), DataSize.ofMegabytes(2), DataSize.ofMegabytes(32), 2,
                        Duration.ofMillis(50), Duration.ofSeconds(1), 64, 3, Duration.ofMinutes(1), Duration.ofSeconds(5), BELTS + 1));
        // One belt first: the classes, the built-in sources and FreeMarker's shared structures are not per belt.
        int templates = compileEverything(configurations.forTenant(Engine.tenant(1, "warm", "预热", "catalog")), "catalog");
        long before = usedAfterFullGc();

        List<Tenant> belts = new ArrayList<>();
        List<SandboxConfiguration> kept = new ArrayList<>();
        for (int belt = 0; belt < BELTS; belt++) {
            Tenant tenant = Engine.tenant(1000 + belt, "belt" + belt, "产业带" + belt, belt % 2 == 0 ? "catalog" : "festival");
            belts.add(tenant);
            kept.add(configurations.forTenant(tenant));
        }
        long bare = (usedAfterFullGc() - before) / BELTS;
        long started = System.nanoTime();
        for (Tenant tenant : belts) {
            compileEverything(configurations.forTenant(tenant), tenant.theme());
        }
        long compileMicros = (System.nanoTime() - started) / 1000 / BELTS;
        long full = (usedAfterFullGc() - before) / BELTS;

        System.out.printf("portal.themes.cached-tenants: %d belts; per belt %d KB retained with no template asked for, %d KB "
                + "with all %d asked for (%d us for them)%n", kept.size(), bare / 1024, full / 1024, templates, compileMicros);
        assertThat(configurations.beltCacheEntries().get("template.configurations").getAsLong()).isEqualTo(BELTS + 1);
        assertThat(full).as("heap retained per cached belt").isGreaterThan(bare).isLessThan(BOUND_PER_BELT);
    }

    /** Asks the belt's configuration for every template its theme and the base theme have, pages as a render does; returns how many. */
    private int compileEverything(SandboxConfiguration configuration, String theme) throws IOException {
        int compiled = 0;
        for (String name : builtIns.templates(theme)) {
            if (name.startsWith("pages/")) {
                configuration.page(name, Locale.SIMPLIFIED_CHINESE);
            } else {
                configuration.getTemplate(name, Locale.SIMPLIFIED_CHINESE);
            }
            compiled++;
        }
        return compiled;
    }

    private static long usedAfterFullGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
