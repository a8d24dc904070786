package org.beltportal.themes.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import freemarker.template.Configuration;
import org.beltportal.core.template.TemplateOverrideService;
import org.beltportal.core.tenant.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * What one entry of {@code portal.themes.cached-tenants} costs (docs/scaling.md): belts' configurations, each
 * with every template of its theme compiled (a belt whose buyers reached every page type: the most an entry
 * holds), and the heap they retain after a full collection, divided by the belts: FreeMarker's default template
 * cache keeps a configuration's 20 most recently used templates strongly, which is every page type a theme has.
 * The figures are printed for docs/scaling.md; the bound fails the test when an entry grows past a megabyte.
 */
class ConfigurationHeapTest {

    private static final int BELTS = 200;
    private static final long BOUND_PER_BELT = 1024L * 1024;

    private final BuiltInTemplates builtIns = new BuiltInTemplates();

    @Test
    void aCachedBeltWithEveryTemplateCompiledRetainsLessThanAMegabyte() throws IOException, InterruptedException {
        TenantConfigurations configurations = new TenantConfigurations(mock(TemplateOverrideService.class), builtIns,
                new ThemeProperties(Duration.ofSeconds(2), DataSize.ofMegabytes(2), DataSize.ofMegabytes(32), 2,
                        Duration.ofMillis(50), Duration.ofSeconds(1), 64, 3, Duration.ofMinutes(1), Duration.ofSeconds(5), BELTS + 1));
        // One belt first: the classes, the built-in sources and FreeMarker's shared structures are not per belt.
        int templates = compileEverything(configurations.forTenant(Engine.tenant(1, "warm", "预热", "catalog")), "catalog");
        long before = usedAfterFullGc();

        List<Tenant> belts = new ArrayList<>();
        List<Configuration> kept = new ArrayList<>();
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

        System.out.printf("portal.themes.cached-tenants: %d belts; per belt %d KB retained with no template compiled, %d KB "
                + "with all %d compiled (%d ms to compile them)%n", kept.size(), bare / 1024, full / 1024, templates, compileMicros / 1000);
        assertThat(configurations.beltCacheEntries().get("template.configurations").getAsLong()).isEqualTo(BELTS + 1);
        assertThat(full).as("heap retained per cached belt").isGreaterThan(bare).isLessThan(BOUND_PER_BELT);
    }

    /** Compiles every template the belt's theme and the base theme have into its configuration; returns how many. */
    private int compileEverything(Configuration configuration, String theme) throws IOException {
        int compiled = 0;
        for (String name : builtIns.templates(theme)) {
            configuration.getTemplate(name, Locale.SIMPLIFIED_CHINESE);
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
