package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Drafts and publishing over the admin API, end to end: a draft is invisible to buyers, publishing renders every
 * page type of the belt with its real data first and refuses a draft that fails one, naming page, template and line.
 */
class TemplateDraftPublishTest extends PortalServerTest {

    static final String HERO = "partials/hero.ftlh";

    Api admin;
    TwinBelts twins;
    String hero;

    @BeforeEach
    void twins() {
        admin = admin();
        twins = new TwinBelts(admin);
        hero = "/admin/api/v1/tenants/" + twins.a + "/templates/" + HERO;
    }

    @Test
    void publishingIsBlockedByARuntimeErrorWithPageTemplateAndLine() {
        Api.Response refused = putText(hero, "<section class=\"own-hero\">\n  ${site.nosuch()}\n</section>");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("error").asString()).isEqualTo("template_render_failed");
        assertThat(refused.json().get("message").asString()).contains("home page", HERO, "line 2");
        JsonNode first = refused.json().get("details").get(0);
        assertThat(first.get("page").asString()).isEqualTo("home");
        assertThat(first.get("url").asString()).isEqualTo("/");
        assertThat(first.get("template").asString()).isEqualTo(HERO);
        assertThat(first.get("line").asInt()).isEqualTo(2);
        assertThat(first.get("reason").asString()).contains("site.nosuch");
        assertThat(home(twins.inA).status()).isEqualTo(200);
        assertThat(home(twins.inA).body()).doesNotContain("own-hero").contains("class=\"hero\"");
        assertThat(admin.get("/admin/api/v1/tenants/" + twins.a + "/templates").json().valueStream()
                .filter(entry -> entry.get("path").asString().equals(HERO)).findFirst().orElseThrow()
                .get("draft").asInt()).isEqualTo(1);
        assertThat(admin.post(hero + "/publish", null).status()).isEqualTo(422);
    }

    @Test
    void everyPageTypeIsRenderedWithRealDataBeforePublishing() {
        Api.Response published = putText(hero, "<section class=\"own-hero\">${site.name()} 新横幅</section>");

        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().get("published").asBoolean()).isTrue();
        List<String> pages = published.json().get("checks").valueStream().map(check -> check.get("page").asString()).toList();
        assertThat(pages).containsExactly("home", "search", "category", "product", "supplier", "campaign", "news",
                "article", "404");
        JsonNode product = published.json().get("checks").get(3);
        assertThat(product.get("url").asString()).isEqualTo("/products/" + twins.inA.productId());
        assertThat(product.get("outcome").asString()).isEqualTo("RENDERED");
        assertThat(published.json().get("checks").get(5).get("outcome").asString())
                .as("the twins have no campaign").isEqualTo("NO_DATA");
        assertThat(home(twins.inA).body()).contains("<section class=\"own-hero\">孪生产业带 新横幅</section>");
    }

    @Test
    void aDraftIsInvisibleToBuyersUntilPublished() {
        assertThat(putText(hero, "<p class=\"live\">live</p>").status()).isEqualTo(200);

        Api.Response draft = putText(hero + "?draft=true", "<p class=\"draft\">draft</p>");

        assertThat(draft.status()).as(draft.toString()).isEqualTo(200);
        assertThat(draft.json().get("published").asBoolean()).isFalse();
        assertThat(home(twins.inA).body()).contains("class=\"live\"").doesNotContain("class=\"draft\"");
        assertThat(admin.get(hero).body()).isEqualTo("<p class=\"live\">live</p>");
        assertThat(admin.get(hero + "/draft").body()).isEqualTo("<p class=\"draft\">draft</p>");

        Api.Response published = admin.post(hero + "/publish", null);

        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().get("version").asInt()).isEqualTo(2);
        assertThat(home(twins.inA).body()).contains("class=\"draft\"");
        assertThat(admin.post(hero + "/publish", null).status()).as("nothing left to publish").isEqualTo(404);
    }

    @Test
    void versionsCanBeComparedAndAnEarlierOneBroughtBack() {
        putText(hero, "<p>one</p>\n<p>same</p>");
        putText(hero, "<p>two</p>\n<p>same</p>");

        JsonNode diff = admin.get(hero + "/diff?from=1&to=2").json();

        assertThat(diff.valueStream().map(line -> line.get("kind").asString() + " " + line.get("text").asString()))
                .containsExactly("REMOVED <p>one</p>", "ADDED <p>two</p>", "KEPT <p>same</p>");
        assertThat(admin.get(hero + "/diff?from=1&to=x").status()).isEqualTo(400);

        Api.Response restored = admin.post(hero + "/versions/1/revert", null);

        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        assertThat(restored.json().get("version").asInt()).isEqualTo(3);
        assertThat(admin.get(hero).body()).isEqualTo("<p>one</p>\n<p>same</p>");
        assertThat(admin.get(hero + "/versions").json().get(0).get("published").asBoolean()).isTrue();
        assertThat(admin.post(hero + "/versions/9/revert", null).status()).isEqualTo(404);
    }

    @Test
    void anotherBeltsOperatorCannotPublishDiffOrRevert() {
        putText(hero + "?draft=true", "<p>draft of a</p>");
        String username = "op-b-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.post("/admin/api/v1/users", java.util.Map.of("username", username, "password", "a-long-password",
                "grants", List.of(java.util.Map.of("tenant", twins.b, "role", "region_operator")))).status()).isEqualTo(201);
        Api operatorOfB = anonymous().login(username, "a-long-password");

        assertThat(operatorOfB.post(hero + "/publish", null).status()).isEqualTo(403);
        assertThat(operatorOfB.get(hero + "/draft").status()).isEqualTo(403);
        assertThat(operatorOfB.get(hero + "/diff?from=1&to=1").status()).isEqualTo(403);
        assertThat(operatorOfB.post(hero + "/versions/1/revert", null).status()).isEqualTo(403);
        assertThat(home(twins.inA).body()).doesNotContain("draft of a");
    }

    private Api.Response home(TwinBelts.Belt belt) {
        return anonymous().onHost(belt.host()).get("/");
    }

    private Api.Response putText(String path, String source) {
        return admin.sendRaw("PUT", path, "text/plain;charset=UTF-8", source.getBytes(StandardCharsets.UTF_8));
    }
}
