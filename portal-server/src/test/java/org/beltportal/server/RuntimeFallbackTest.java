package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An override that fails at run time although it was published (forced into the database here, as no publish
 * would take it): buyers get the theme's own template with 200, and the belt's operators see the alert on its
 * console home with the template, line and error.
 */
class RuntimeFallbackTest extends PortalServerTest {

    static final String HERO = "partials/hero.ftlh";

    @Autowired
    JdbcTemplate jdbc;

    Api admin;
    TwinBelts twins;

    @BeforeEach
    void brokenOverrideInA() {
        admin = admin();
        twins = new TwinBelts(admin);
        long tenantId = jdbc.queryForObject("SELECT id FROM tenant WHERE slug = ?", Long.class, twins.a);
        jdbc.update("INSERT INTO template_override (tenant_id, path, version, source, reverted, published, created_by, created_at)"
                + " VALUES (?, ?, 1, ?, FALSE, TRUE, 'forced', CURRENT_TIMESTAMP(3))", tenantId, HERO,
                "<section class=\"own-hero\">\n${site.nosuch()}\n</section>");
    }

    @Test
    void pagesAnswer200WithTheThemesTemplateAndTheConsoleShowsTheAlert() {
        for (String path : new String[] {"/", "/", "/news"}) {
            Api.Response page = anonymous().onHost(twins.inA.host()).get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.body()).doesNotContain("页面暂时无法显示", "nosuch");
        }
        assertThat(anonymous().onHost(twins.inA.host()).get("/").body()).contains("class=\"hero\"");

        ConsoleSession console = ConsoleSession.login(port, ADMIN, ADMIN_PASSWORD);
        Api.Response homeOfA = console.get("/admin/belts/" + twins.a + "/");
        Api.Response homeOfB = console.get("/admin/belts/" + twins.b + "/");

        assertThat(homeOfA.body()).contains("id=\"todo-templates\"", HERO, "site.nosuch")
                .contains("/admin/belts/" + twins.a + "/templates/edit?path=partials%2Fhero.ftlh");
        assertThat(homeOfB.body()).doesNotContain("site.nosuch");
    }

    @Test
    void publishingAFixClearsTheAlert() {
        anonymous().onHost(twins.inA.host()).get("/");
        String hero = "/admin/api/v1/tenants/" + twins.a + "/templates/" + HERO;

        Api.Response fixed = admin.sendRaw("PUT", hero, "text/plain;charset=UTF-8", "<p class=\"fixed\">ok</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(fixed.status()).as(fixed.toString()).isEqualTo(200);
        ConsoleSession console = ConsoleSession.login(port, ADMIN, ADMIN_PASSWORD);
        assertThat(console.get("/admin/belts/" + twins.a + "/").body()).doesNotContain("site.nosuch");
        assertThat(anonymous().onHost(twins.inA.host()).get("/").body()).contains("class=\"fixed\"");
    }
}
