package org.beltportal.themes.engine;

import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import freemarker.cache.StringTemplateLoader;
import freemarker.template.Template;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.themes.engine.Engine.CATALOG_A;
import static org.beltportal.themes.engine.Engine.CATALOG_B;

/**
 * A belt's configuration compiles only what the belt owns and borrows the theme's compiled templates for the rest
 * (issue 20: a thousand belts with one override each recompiled their whole theme whenever they were evicted), and
 * a borrowed template still finds the belt's own overrides of what it includes.
 */
class BorrowedTemplatesTest {

    private final Engine engine = new Engine();

    @AfterEach
    void stop() {
        engine.stop();
    }

    @Test
    void anOverrideIncludedFromABorrowedTemplateIsTheBelts() throws Exception {
        StringTemplateLoader themeSources = new StringTemplateLoader();
        themeSources.putTemplate("page.ftlh", "page[<#include \"/mid.ftlh\">]");
        themeSources.putTemplate("mid.ftlh", "mid[<#include \"/leaf.ftlh\">]");
        themeSources.putTemplate("leaf.ftlh", "theme leaf");
        StringTemplateLoader beltSources = new StringTemplateLoader();
        beltSources.putTemplate("page.ftlh", "page[<#include \"/mid.ftlh\">]");
        beltSources.putTemplate("mid.ftlh", "mid[<#include \"/leaf.ftlh\">]");
        beltSources.putTemplate("leaf.ftlh", "the belt's leaf");
        SandboxConfiguration theme = new SandboxConfiguration(themeSources, Duration.ofSeconds(5));
        SandboxConfiguration belt = new SandboxConfiguration(beltSources, Duration.ofSeconds(5), theme, Set.of("leaf.ftlh")::contains);

        StringWriter page = new StringWriter();
        belt.page("page.ftlh", null).process(Map.of(), page);

        assertThat(page.toString()).isEqualTo("page[mid[the belt's leaf]]");
        assertThat(belt.getTemplate("mid.ftlh")).isSameAs(theme.getTemplate("mid.ftlh"));
        assertThat(belt.getTemplate("/leaf.ftlh")).isNotSameAs(theme.getTemplate("leaf.ftlh"));
        assertThat(render(theme.page("page.ftlh", null))).isEqualTo("page[mid[theme leaf]]");
    }

    @Test
    void beltsOfOneThemeShareWhatNeitherOverrides() throws Exception {
        engine.override(CATALOG_A, "partials/hero.ftlh", "<p>only alpha</p>");

        assertThat(engine.render(CATALOG_A, "pages/home.ftlh").html()).contains("only alpha");
        assertThat(engine.render(CATALOG_B, "pages/home.ftlh").html()).doesNotContain("only alpha");

        SandboxConfiguration alpha = engine.configurations.forTenant(CATALOG_A);
        SandboxConfiguration beta = engine.configurations.forTenant(CATALOG_B);
        assertThat(alpha.getTemplate("layout.ftlh")).isSameAs(beta.getTemplate("layout.ftlh"));
        assertThat(alpha.getTemplate("partials/hero.ftlh")).isNotSameAs(beta.getTemplate("partials/hero.ftlh"));
        assertThat(alpha.getTemplate("partials/hero.ftlh").toString()).contains("only alpha");
    }

    private static String render(Template template) throws Exception {
        StringWriter out = new StringWriter();
        template.process(Map.of(), out);
        return out.toString();
    }
}
