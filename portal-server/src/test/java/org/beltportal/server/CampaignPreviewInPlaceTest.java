package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.beltportal.core.tenant.TenantService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Previewing a campaign before approval (issue 17 item 4, decision 0046): {@code ?at=...&campaign=<id>} shows a draft
 * or a campaign in review in place on the portal, as if approved, to someone with preview rights on that belt only.
 * Buyers never see it (the parameter is ignored for them, and no copy lands in the page cache they are served from),
 * a pass that expired shows nothing, and another belt's campaign id is a 404.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignPreviewInPlaceTest extends PortalServerTest {

    private static final String PASSWORD = "a-long-password";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final String IN_WARMUP = "2027-05-06T10:00";
    private static final String WHEN_LIVE = "2027-05-13T10:00";
    private static final String AFTER_END = "2027-05-20T10:00";

    @Autowired
    TenantService tenants;
    @Autowired
    JdbcTemplate jdbc;

    private TwinBelts twins;
    private long draftOfA;
    private long inReviewOfB;

    @BeforeEach
    void twins() {
        if (twins != null) {
            return;
        }
        twins = new TwinBelts(admin());
        draftOfA = campaign(twins.a, "draft-" + twins.a);
        inReviewOfB = campaign(twins.b, "review-" + twins.b);
        assertThat(admin().post(campaigns(twins.b) + "/" + inReviewOfB + "/submit", Map.of()).status()).isEqualTo(200);
    }

    private static String campaigns(String belt) {
        return "/admin/api/v1/tenants/" + belt + "/campaigns";
    }

    private long campaign(String belt, String slug) {
        Map<String, Object> body = CampaignApiTest.campaign(slug, LocalDateTime.parse("2027-05-05T09:00"),
                LocalDateTime.parse("2027-05-12T09:00"), LocalDateTime.parse("2027-05-15T09:00"), null, "hero");
        body.put("nameEn", "Preview festival " + slug);
        return TwinBelts.created(admin().post(campaigns(belt), body));
    }

    private Api managerOf(String belt) {
        String username = "pp-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin().post("/admin/api/v1/users", Map.of("username", username, "password", PASSWORD,
                "grants", List.of(Map.of("tenant", belt, "role", "campaign_manager")))).status()).isEqualTo(201);
        return anonymous().login(username, PASSWORD);
    }

    private static String at(String instant, long campaign) {
        return "?at=" + instant + "&campaign=" + campaign;
    }

    @Test
    void aDraftShowsInPlaceAtEachPhaseForSomeoneWhoMayPreviewTheBelt() {
        Api manager = managerOf(twins.a).onHost(twins.inA.host());
        String name = "织里童装节 draft-" + twins.a;

        Api.Response warmup = manager.get("/" + at(IN_WARMUP, draftOfA));
        assertThat(warmup.status()).isEqualTo(200);
        assertThat(warmup.headers().firstValue("Cache-Control").orElseThrow()).isEqualTo("no-store");
        assertThat(warmup.body()).contains("class=\"preview-notice\"").contains(name).contains("class=\"countdown\"");

        Api.Response live = manager.get("/" + at(WHEN_LIVE, draftOfA));
        assertThat(live.body()).contains(name).contains("源头工厂, 全场包邮").doesNotContain("class=\"countdown\"");
        Api.Response landing = manager.get("/campaigns/draft-" + twins.a + at(AFTER_END, draftOfA));
        assertThat(landing.status()).as("its landing page, in its ended state").isEqualTo(200);
        assertThat(landing.body()).contains(name);
        Api.Response english = manager.get("/" + at(IN_WARMUP, draftOfA) + "&lang=en");
        assertThat(english.body()).contains("Preview festival draft-" + twins.a);

        Api.Response withoutCampaign = manager.get("/?at=" + IN_WARMUP);
        assertThat(withoutCampaign.body()).as("without the parameter, approved campaigns only").doesNotContain(name);
        assertThat(manager.get("/campaigns/draft-" + twins.a + "?at=" + IN_WARMUP).status()).isEqualTo(404);
    }

    @Test
    void buyersNeverSeeItAndNoCopyReachesTheSharedPageCache() {
        Api buyer = anonymous().onHost(twins.inA.host());
        String name = "织里童装节 draft-" + twins.a;
        Api.Response asked = buyer.get("/" + at(IN_WARMUP, draftOfA));
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.body()).doesNotContain(name).doesNotContain("class=\"preview-notice\"");
        assertThat(buyer.get("/?campaign=" + draftOfA).body()).doesNotContain(name);
        assertThat(buyer.get("/campaigns/draft-" + twins.a + at(IN_WARMUP, draftOfA)).status()).isEqualTo(404);
        assertThat(buyer.get("/?campaign=" + inReviewOfB).status()).as("a buyer learns nothing from an id").isEqualTo(200);

        // A manager previews first; a buyer asking for the very same URLs afterwards still gets the buyer's page.
        Api manager = managerOf(twins.a).onHost(twins.inA.host());
        assertThat(manager.get("/?campaign=" + draftOfA).body()).contains(name);
        assertThat(manager.get("/" + at(IN_WARMUP, draftOfA)).body()).contains(name);
        assertThat(buyer.get("/?campaign=" + draftOfA).body()).doesNotContain(name);
        assertThat(buyer.get("/" + at(IN_WARMUP, draftOfA)).body()).doesNotContain(name);
        assertThat(buyer.get("/").body()).doesNotContain(name);
    }

    @Test
    void anotherBeltsCampaignIdIsNotFoundEvenForAPlatformAdmin() {
        Api manager = managerOf(twins.a).onHost(twins.inA.host());
        assertThat(manager.get("/" + at(IN_WARMUP, inReviewOfB)).status()).isEqualTo(404);
        assertThat(manager.get("/?campaign=" + inReviewOfB).status()).isEqualTo(404);
        assertThat(manager.get("/campaigns/review-" + twins.b + at(IN_WARMUP, inReviewOfB)).status()).isEqualTo(404);
        assertThat(manager.get("/?campaign=99999999999999").status()).isEqualTo(404);
        assertThat(manager.get("/?campaign=1%20OR%201=1").status()).isEqualTo(404);

        Api platform = admin().onHost(twins.inA.host());
        assertThat(platform.get("/" + at(IN_WARMUP, inReviewOfB)).status()).as("B's id on A's host").isEqualTo(404);
        Api.Response onB = platform.onHost(twins.inB.host()).get("/" + at(IN_WARMUP, inReviewOfB));
        assertThat(onB.status()).as("the same id on its own belt: the test can fail").isEqualTo(200);
        assertThat(onB.body()).contains("织里童装节 review-" + twins.b);

        Api managerOfB = managerOf(twins.b).onHost(twins.inA.host());
        assertThat(managerOfB.get("/" + at(IN_WARMUP, draftOfA)).body()).as("no right on A: a buyer's page")
                .doesNotContain("织里童装节 draft-" + twins.a);
    }

    @Test
    void aPreviewPassShowsTheDraftUntilItExpires() {
        String username = "pp-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin().post("/admin/api/v1/users", Map.of("username", username, "password", PASSWORD,
                "grants", List.of(Map.of("tenant", twins.a, "role", "campaign_manager")))).status()).isEqualTo(201);
        ConsoleSession manager = ConsoleSession.login(port, username, PASSWORD);
        Api.Response handoff = manager.postForm("/admin/belts/" + twins.a + "/campaigns/preview", Map.of("at", IN_WARMUP,
                "page", "/", "campaign", Long.toString(draftOfA), "back", "/admin/belts/" + twins.a + "/campaigns/"));
        assertThat(handoff.status()).as(handoff.toString()).isEqualTo(303);
        String location = handoff.headers().firstValue("Location").orElseThrow();
        String ticket = location.replaceFirst("^.*\\?ticket=([^&]+)&page=.*$", "$1");
        assertThat(location).contains("page=%2F%3Fat%3D" + IN_WARMUP.replace(":", "%3A") + "%26campaign%3D" + draftOfA);

        Api onA = anonymous().onHost(twins.inA.host());
        Api.Response exchanged = onA.get("/admin/preview?ticket=" + ticket + "&page="
                + location.replaceFirst("^.*&page=", ""));
        assertThat(exchanged.status()).isEqualTo(303);
        assertThat(exchanged.headers().firstValue("Location").orElseThrow()).isEqualTo("/" + at(IN_WARMUP, draftOfA));
        String pass = exchanged.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("portal_preview="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();

        String name = "织里童装节 draft-" + twins.a;
        assertThat(withCookie(twins.inA.host(), "/" + at(IN_WARMUP, draftOfA), pass).body()).contains(name)
                .contains("class=\"countdown\"");
        // Long past in any zone the database or the JVM may be in.
        jdbc.update("UPDATE preview_ticket SET pass_expires_at = '2001-01-01 00:00:00' WHERE tenant_id = ? AND pass_hash IS NOT NULL",
                tenants.requireBySlug(twins.a).id().value());
        Api.Response expired = withCookie(twins.inA.host(), "/" + at(IN_WARMUP, draftOfA), pass);
        assertThat(expired.status()).isEqualTo(200);
        assertThat(expired.body()).as("an expired pass is a buyer's visit").doesNotContain(name)
                .doesNotContain("class=\"preview-notice\"");
    }

    private Api.Response withCookie(String host, String path, String cookie) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Host", host)
                .header("Cookie", cookie).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Api.Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
