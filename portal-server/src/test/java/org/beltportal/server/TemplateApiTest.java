package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Template overrides end to end: the admin API over real HTTP and the real database, and the public
 * pages they change, for two tenants with the same theme so that a leak would show.
 */
class TemplateApiTest extends PortalServerTest {

    static final String HERO = "partials/hero.ftlh";

    @Autowired
    JdbcTemplate jdbc;

    Api admin;
    TwinBelts twins;
    String templatesOfA;

    @BeforeEach
    void twins() {
        admin = admin();
        twins = new TwinBelts(admin);
        templatesOfA = "/admin/api/v1/tenants/" + twins.a + "/templates";
    }

    @Test
    void overrideChangesOnlyItsOwnTenantsPageAndRevertBringsTheThemeBack() {
        assertThat(home(twins.inA).body()).contains("class=\"hero\"");
        assertThat(home(twins.inB).body()).contains("class=\"hero\"");

        Api.Response saved = putText(admin, templatesOfA + "/" + HERO, "<section class=\"own-hero\">${site.name()} 自定义</section>");

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().get("path").asString()).isEqualTo(HERO);
        assertThat(saved.json().get("version").asInt()).isEqualTo(1);
        assertThat(home(twins.inA).body()).contains("<section class=\"own-hero\">孪生产业带 自定义</section>");
        assertThat(home(twins.inB).body()).doesNotContain("own-hero").contains("class=\"hero\"");

        Api.Response reverted = admin.delete(templatesOfA + "/" + HERO);
        assertThat(reverted.status()).as(reverted.toString()).isEqualTo(200);
        assertThat(reverted.json().get("version").asInt()).isEqualTo(2);
        assertThat(home(twins.inA).body()).doesNotContain("own-hero").contains("class=\"hero\"");
        assertThat(admin.delete(templatesOfA + "/" + HERO).status()).isEqualTo(404);
    }

    @Test
    void listReadHistoryAndVersionsAreAuditedWithBeforeAndAfter() {
        putText(admin, templatesOfA + "/" + HERO, "<p>v1</p>");
        putText(admin, templatesOfA + "/" + HERO, "<p>v2</p>");

        JsonNode list = admin.get(templatesOfA).json();
        Map<String, JsonNode> byPath = new java.util.HashMap<>();
        list.valueStream().forEach(entry -> byPath.put(entry.get("path").asString(), entry));
        assertThat(byPath).containsKeys("layout.ftlh", "pages/home.ftlh", "pages/404.ftlh", "pages/500.ftlh", HERO);
        assertThat(byPath.get(HERO).get("overridden").asBoolean()).isTrue();
        assertThat(byPath.get(HERO).get("version").asInt()).isEqualTo(2);
        assertThat(byPath.get("pages/home.ftlh").get("overridden").asBoolean()).isFalse();

        Api.Response current = admin.get(templatesOfA + "/" + HERO);
        assertThat(current.body()).isEqualTo("<p>v2</p>");
        assertThat(current.headers().firstValue("X-Template-Source")).contains("override");
        Api.Response theme = admin.get(templatesOfA + "/pages/home.ftlh");
        assertThat(theme.status()).isEqualTo(200);
        assertThat(theme.headers().firstValue("X-Template-Source")).contains("theme");
        assertThat(theme.body()).contains("<#import \"/layout.ftlh\" as layout>");

        JsonNode versions = admin.get(templatesOfA + "/" + HERO + "/versions").json();
        assertThat(versions.valueStream().map(v -> v.get("version").asInt())).containsExactly(2, 1);
        assertThat(versions.get(0).get("createdBy").asString()).isEqualTo(ADMIN);
        assertThat(admin.get(templatesOfA + "/" + HERO + "/versions/1").body()).isEqualTo("<p>v1</p>");
        assertThat(admin.get(templatesOfA + "/" + HERO + "/versions/9").status()).isEqualTo(404);

        admin.delete(templatesOfA + "/" + HERO);
        assertThat(admin.get(templatesOfA + "/" + HERO + "/versions").json().get(0).get("reverted").asBoolean()).isTrue();
        assertThat(admin.get(templatesOfA + "/" + HERO + "/versions/3").status()).isEqualTo(404);

        JsonNode audit = admin.get("/admin/api/v1/audit?tenant=" + twins.a).json().get("items");
        JsonNode second = audit.valueStream().filter(e -> e.get("action").asString().equals("template.save"))
                .filter(e -> e.get("after").get("version").asInt() == 2).findFirst().orElseThrow();
        assertThat(second.get("before").get("source").asString()).isEqualTo("<p>v1</p>");
        assertThat(second.get("after").get("source").asString()).isEqualTo("<p>v2</p>");
        assertThat(audit.valueStream().map(e -> e.get("action").asString())).contains("template.revert");
    }

    @Test
    void unsafeOrBrokenSourceIs422WithLineAndColumn() {
        Api.Response execute = putText(admin, templatesOfA + "/" + HERO,
                "<p>hero</p>\n${\"freemarker.template.utility.Execute\"?new()(\"id\")}");

        assertThat(execute.status()).as(execute.toString()).isEqualTo(422);
        assertThat(execute.json().get("error").asString()).isEqualTo("invalid_template");
        JsonNode problem = execute.json().get("details").get(0);
        assertThat(problem.get("line").asInt()).isEqualTo(2);
        assertThat(problem.get("column").asInt()).isEqualTo(40);
        assertThat(problem.get("reason").asString()).contains("?new");

        Api.Response broken = putText(admin, templatesOfA + "/" + HERO, "<p>\n<#if site.name()>");
        assertThat(broken.status()).isEqualTo(422);
        assertThat(broken.json().get("details").get(0).get("line").asInt()).isEqualTo(2);

        Api.Response include = putText(admin, templatesOfA + "/" + HERO, "<#include \"../../application.properties\">");
        assertThat(include.status()).isEqualTo(422);
        assertThat(admin.get(templatesOfA + "/" + HERO + "/versions").json()).isEmpty();
    }

    @Test
    void pathsOutsideTheOverridableTemplatesAre400() {
        for (String path : List.of("scripts/x.ftlh", "pages/Home.ftlh", "pages/home.ftl", "pages/sub/home.ftlh",
                "layout.ftlh.bak", "partials/x.ftlh/versions/abc")) {
            Api.Response response = putText(admin, templatesOfA + "/" + path, "<p>x</p>");
            assertThat(response.status()).as(path + " " + response).isEqualTo(400);
        }
        for (String path : List.of("pages/%2e%2e/layout.ftlh", "pages/..%2flayout.ftlh", "..%5clayout.ftlh")) {
            assertThat(putText(admin, templatesOfA + "/" + path, "<p>x</p>").status()).as(path).isEqualTo(400);
        }
    }

    @Test
    void oversizedSourceIs413() {
        String huge = "<p>" + "x".repeat(300 * 1024) + "</p>";

        assertThat(putText(admin, templatesOfA + "/" + HERO, huge).status()).isEqualTo(413);
    }

    @Test
    void editorsAndOtherTenantsOperatorsAre403() {
        Api editorOfA = anonymous().login(user(twins.a, "editor"), "a-long-password");
        Api operatorOfB = anonymous().login(user(twins.b, "region_operator"), "a-long-password");
        Api operatorOfA = anonymous().login(user(twins.a, "region_operator"), "a-long-password");

        assertThat(putText(editorOfA, templatesOfA + "/" + HERO, "<p>x</p>").status()).isEqualTo(403);
        assertThat(editorOfA.get(templatesOfA).status()).isEqualTo(403);
        assertThat(putText(operatorOfB, templatesOfA + "/" + HERO, "<p>x</p>").status()).isEqualTo(403);
        assertThat(operatorOfB.get(templatesOfA + "/" + HERO).status()).isEqualTo(403);
        assertThat(operatorOfB.delete(templatesOfA + "/" + HERO).status()).isEqualTo(403);
        assertThat(putText(operatorOfA, templatesOfA + "/" + HERO, "<p>operator</p>").status()).isEqualTo(200);
    }

    @Test
    void templateCutOffIsNotPublishedAndNamesThePage() {
        Api.Response refused = putText(admin, templatesOfA + "/" + HERO, "<#list 1.. as i></#list>");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("error").asString()).isEqualTo("template_render_failed");
        JsonNode home = refused.json().get("details").get(0);
        assertThat(home.get("page").asString()).isEqualTo("home");
        assertThat(home.get("reason").asString()).doesNotContain("Exception", "at org.");
        assertThat(home(twins.inA).status()).isEqualTo(200);
        assertThat(home(twins.inA).body()).contains("class=\"hero\"");
        assertThat(admin.get(templatesOfA + "/" + HERO + "/draft").body()).isEqualTo("<#list 1.. as i></#list>");
    }

    /**
     * An override stored before a rule existed (written here straight into the table, as no save would take
     * it now): its pages fall back to the theme's template, and the operator's listing says which rule it breaks where.
     */
    @Test
    void storedOverrideThatBreaksANewerRuleFallsBackAndTheListSaysWhy() {
        long tenantId = jdbc.queryForObject("SELECT id FROM tenant WHERE slug = ?", Long.class, twins.a);
        jdbc.update("INSERT INTO template_override (tenant_id, path, version, source, reverted, created_by, created_at)"
                + " VALUES (?, ?, 1, ?, FALSE, 'before-the-rule', CURRENT_TIMESTAMP(3))", tenantId, HERO,
                "<p>hero</p>\n<p>${site.name()?url?url}</p>");

        Api.Response failed = home(twins.inA);
        JsonNode hero = admin.get(templatesOfA).json().valueStream()
                .filter(entry -> entry.get("path").asString().equals(HERO)).findFirst().orElseThrow();

        assertThat(failed.status()).isEqualTo(200);
        assertThat(failed.body()).contains("class=\"hero\"", "孪生产业带").doesNotContain("页面暂时无法显示");
        assertThat(home(twins.inB).status()).isEqualTo(200);
        JsonNode problem = hero.get("problems").get(0);
        assertThat(problem.get("line").asInt()).isEqualTo(2);
        assertThat(problem.get("column").asInt()).isEqualTo(21);
        assertThat(problem.get("reason").asString()).contains("?url multiplies");
        assertThat(admin.get(templatesOfA).json().valueStream()
                .filter(entry -> entry.get("path").asString().equals("pages/home.ftlh")).findFirst().orElseThrow()
                .get("problems")).isEmpty();
    }

    @Test
    void templatesSeeNoRequestSessionOrSpringContext() {
        String probe = "<p id=\"probe\">${(springMacroRequestContext??)?c} ${(Request??)?c} ${(Session??)?c} "
                + "${(Application??)?c} ${(RequestParameters??)?c} ${(JspTaglibs??)?c} ${(_csrf??)?c}</p>";
        assertThat(putText(admin, templatesOfA + "/" + HERO, probe).status()).isEqualTo(200);

        Api.Response page = anonymous().onHost(twins.inA.host()).get("/?q=1");

        assertThat(page.body()).contains("<p id=\"probe\">false false false false false false false</p>");
    }

    @Test
    void festivalThemeHasItsOwnHeroAndStylesheetAndUnknownThemesAre400() {
        String slug = "fest-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.post("/admin/api/v1/tenants", Map.of("slug", slug, "name", "节庆产业带", "theme", "festival",
                "hosts", List.of(slug + ".portal.test"))).status()).isEqualTo(201);

        Api.Response home = anonymous().onHost(slug + ".portal.test").get("/");
        assertThat(home.body()).contains("festival-hero", "/assets/themes/festival-");
        assertThat(anonymous().get("/assets/themes/festival.css").status()).isEqualTo(200);

        Api.Response unknown = admin.post("/admin/api/v1/tenants", Map.of("slug", slug + "x", "name", "无", "theme", "neon"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("message").asString()).contains("neon", "catalog", "festival");
        assertThat(admin.put("/admin/api/v1/tenants/" + slug, Map.of("name", "节庆产业带", "theme", "neon")).status())
                .isEqualTo(400);
    }

    private Api.Response home(TwinBelts.Belt belt) {
        return anonymous().onHost(belt.host()).get("/");
    }

    private static Api.Response putText(Api api, String path, String source) {
        return api.sendRaw("PUT", path, "text/plain;charset=UTF-8", source.getBytes(StandardCharsets.UTF_8));
    }

    private String user(String tenant, String role) {
        String username = role.replace("_", "") + "-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = admin.post("/admin/api/v1/users", Map.of("username", username, "password", "a-long-password",
                "grants", List.of(Map.of("tenant", tenant, "role", role))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }
}
