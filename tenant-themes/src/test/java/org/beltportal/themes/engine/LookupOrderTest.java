package org.beltportal.themes.engine;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.themes.engine.Engine.CATALOG_A;
import static org.beltportal.themes.engine.Engine.CATALOG_B;
import static org.beltportal.themes.engine.Engine.FESTIVAL;

/** Override, then the tenant's theme, then the base templates; and never another tenant's override. */
class LookupOrderTest {

    private final Engine engine = new Engine();

    @AfterEach
    void stop() {
        engine.stop();
    }

    @Test
    void themeWinsOverBase() {
        assertThat(engine.render(FESTIVAL, "pages/home.ftlh").html()).contains("festival-hero", "/assets/themes/festival.css");
        assertThat(engine.render(CATALOG_A, "pages/home.ftlh").html()).doesNotContain("festival-hero")
                .contains("class=\"hero\"", "/assets/themes/catalog.css");
    }

    @Test
    void overrideWinsOverTheme() {
        engine.override(FESTIVAL, "partials/hero.ftlh", "<section class=\"mine\">${site.name()}</section>");

        String html = engine.render(FESTIVAL, "pages/home.ftlh").html();

        assertThat(html).contains("<section class=\"mine\">丙产业带</section>").doesNotContain("festival-hero");
    }

    @Test
    void oneTenantsOverrideIsNeverServedToAnother() {
        assertThat(engine.render(CATALOG_A, "pages/home.ftlh").html()).contains("class=\"hero\"");
        assertThat(engine.render(CATALOG_B, "pages/home.ftlh").html()).contains("class=\"hero\"");

        engine.override(CATALOG_A, "partials/hero.ftlh", "<p>only alpha</p>");
        engine.configurations.on(new org.beltportal.core.template.TemplateOverrideChanged(CATALOG_A.id(), "partials/hero.ftlh"));

        assertThat(engine.render(CATALOG_A, "pages/home.ftlh").html()).contains("only alpha");
        assertThat(engine.render(CATALOG_B, "pages/home.ftlh").html()).doesNotContain("only alpha").contains("class=\"hero\"");
        assertThat(engine.render(CATALOG_A, "pages/home.ftlh").html()).contains("only alpha");
    }

    @Test
    void unknownThemeFallsBackToBase() {
        String html = engine.render(Engine.tenant(14, "delta", "丁产业带", "no-such-theme"), "pages/home.ftlh").html();

        assertThat(html).contains("丁产业带", "class=\"hero\"").doesNotContain("festival-hero");
    }
}
