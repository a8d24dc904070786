package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The console's template screens end to end: rights, another belt, CSRF, what was typed kept beside the problems
 * at their lines, check-and-publish, versions with a diff and revert, every page valid HTML.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemplateConsoleTest extends PortalServerTest {

    private static final String PASSWORD = "a-long-password";
    private static final String HERO = "partials/hero.ftlh";

    private final HtmlChecker checker = new HtmlChecker();
    private final List<String> invalid = new ArrayList<>();
    private TwinBelts twins;
    private String screenOfA;

    @BeforeEach
    void twins() {
        if (twins == null) {
            twins = new TwinBelts(admin());
            screenOfA = "/admin/belts/" + twins.a + "/templates";
        }
    }

    @AfterAll
    void everyPageSeenWasValidHtml() {
        assertThat(invalid).as("W3C Nu errors on template pages").isEmpty();
    }

    private String valid(String path, Api.Response page) {
        assertThat(page.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
        checker.errors(page.body()).forEach(error -> invalid.add(path + " " + error));
        return page.body();
    }

    private ConsoleSession userOf(String slug, String role) {
        String username = "tpl-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = admin().post("/admin/api/v1/users", Map.of("username", username, "password", PASSWORD,
                "grants", List.of(Map.of("tenant", slug, "role", role))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return ConsoleSession.login(port, username, PASSWORD);
    }

    @Test
    void anOperatorEditsSeesTheProblemAtItsLineAndPublishes() {
        ConsoleSession operator = userOf(twins.a, "region_operator");
        String list = valid(screenOfA, operator.get(screenOfA));
        assertThat(list).contains(HERO, "href=\"/admin/belts/" + twins.a + "/templates/edit?path=partials%2Fhero.ftlh\"");
        assertThat(valid("edit", operator.get(screenOfA + "/edit?path=partials%2Fhero.ftlh")))
                .as("the theme source, escaped in the textarea").contains("&lt;section class=&quot;hero&quot;&gt;");

        Api.Response refused = operator.postForm(screenOfA + "/edit", Map.of("path", HERO, "action", "draft",
                "source", "<p>one</p>\n${x?new()} <script>alert(1)</script>"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(valid("refused", refused)).contains("id=\"source\"", "data-error-lines=\"2\"", "<span class=\"line-number\">2</span>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");

        Api.Response blocked = operator.postForm(screenOfA + "/edit", Map.of("path", HERO, "action", "publish",
                "source", "<section class=\"mine\">\n${site.nosuch()}\n</section>"));
        assertThat(blocked.status()).isEqualTo(422);
        assertThat(valid("blocked", blocked)).contains("check-failed", HERO, "site.nosuch");
        assertThat(anonymous().onHost(twins.inA.host()).get("/").body()).doesNotContain("class=\"mine\"");

        Api.Response published = operator.postForm(screenOfA + "/edit", Map.of("path", HERO, "action", "publish",
                "source", "<section class=\"mine\">${site.name()}</section>"));
        assertThat(published.status()).isEqualTo(303);
        String after = valid("published", operator.get(published.headers().firstValue("Location").orElseThrow()));
        assertThat(after).contains("flash-status", "check-rendered");
        assertThat(anonymous().onHost(twins.inA.host()).get("/").body()).contains("<section class=\"mine\">孪生产业带</section>");

        String versions = valid("versions", operator.get(screenOfA + "/versions?path=partials%2Fhero.ftlh"));
        assertThat(versions).contains("<del>", "<ins>");
        assertThat(valid("confirm", operator.get(screenOfA + "/revert?path=partials%2Fhero.ftlh"))).contains("name=\"path\"");
        assertThat(operator.postForm(screenOfA + "/revert", Map.of("path", HERO)).status()).isEqualTo(303);
        assertThat(anonymous().onHost(twins.inA.host()).get("/").body()).doesNotContain("class=\"mine\"").contains("class=\"hero\"");
    }

    @Test
    void editorsAndAnotherBeltsOperatorsAreRefusedAndAnotherBeltsSlugIsNot404() {
        ConsoleSession editorOfA = userOf(twins.a, "editor");
        ConsoleSession operatorOfB = userOf(twins.b, "region_operator");

        assertThat(editorOfA.get(screenOfA).status()).isEqualTo(403);
        assertThat(operatorOfB.get(screenOfA).status()).isEqualTo(403);
        assertThat(operatorOfB.get(screenOfA + "/edit?path=partials%2Fhero.ftlh").status()).isEqualTo(403);
        assertThat(operatorOfB.get(screenOfA + "/versions?path=partials%2Fhero.ftlh").status()).isEqualTo(403);
        assertThat(operatorOfB.postForm(screenOfA + "/edit", Map.of("path", HERO, "source", "<p>b was here</p>",
                "action", "publish")).status()).isEqualTo(403);
        assertThat(operatorOfB.postForm(screenOfA + "/revert", Map.of("path", HERO)).status()).isEqualTo(403);
        assertThat(operatorOfB.get("/admin/belts/no-such-belt/templates").status()).isEqualTo(404);
        assertThat(operatorOfB.get("/admin/belts/" + twins.b + "/templates/edit?path=..%2Fapplication.properties").status())
                .as("no such template").isEqualTo(404);
        assertThat(anonymous().onHost(twins.inA.host()).get("/").body()).doesNotContain("b was here");
    }

    @Test
    void postsWithoutOrWithAForeignCsrfTokenAreRefused() {
        ConsoleSession operator = userOf(twins.a, "region_operator");
        ConsoleSession stranger = ConsoleSession.anonymous(port);
        for (String action : List.of("/edit", "/publish", "/revert")) {
            Map<String, String> fields = Map.of("path", HERO, "source", "<p>forged</p>", "action", "publish");
            assertThat(operator.postForm(screenOfA + action, fields, null).status()).as("no token " + action).isEqualTo(403);
            assertThat(operator.postForm(screenOfA + action, fields, stranger.csrfToken()).status()).as("foreign " + action)
                    .isEqualTo(403);
        }
        assertThat(anonymous().onHost(twins.inA.host()).get("/").body()).doesNotContain("forged");
    }

    @Test
    void theNavigationShowsTemplatesOnlyToThoseWhoMayChangeThem() {
        assertThat(userOf(twins.a, "region_operator").get("/admin/belts/" + twins.a + "/").body()).contains(screenOfA + "\"");
        assertThat(userOf(twins.a, "editor").get("/admin/belts/" + twins.a + "/").body()).doesNotContain(screenOfA + "\"");
    }
}
