package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.core.testing.Eventually.eventually;

import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A festival from the admin API to the buyer's portal, over HTTP on the real database: created and
 * approved through the workflow, it shows its warm-up banner now; the operator previews the instant it
 * will be live and sees the live banner and its featured product promoted in search, while an anonymous
 * buyer asking for the same instant still gets today's page; its calendar feed parses with ical4j.
 */
class CampaignPortalTest extends PortalServerTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void festivalGoesFromWarmupToLiveOnThePortalAndInSearch() throws Exception {
        Api admin = admin();
        String slug = "fest-" + UUID.randomUUID().toString().substring(0, 8);
        String base = "/admin/api/v1/tenants/" + slug;
        assertThat(admin.post("/admin/api/v1/tenants", Map.of("slug", slug, "name", "织里童装产业带")).status()).isEqualTo(201);
        long strong = admin.post(base + "/suppliers", Map.of("name", "织里强实力童装厂", "creditRating", "5A", "verified", true,
                "yearsActive", 12, "capabilities", List.of("samples"))).id();
        long small = admin.post(base + "/suppliers", Map.of("name", "小作坊", "creditRating", "2A", "verified", false,
                "yearsActive", 1, "capabilities", List.of())).id();
        long leading = admin.post(base + "/products", TwinBelts.product("F-1", "女童纯棉连衣裙 夏季新款", strong)).id();
        long featured = admin.post(base + "/products", TwinBelts.product("F-2", "碎花连衣裙 小女孩", small)).id();
        Api manager = user(admin, slug, "campaign_manager");
        Api operator = user(admin, slug, "region_operator");

        LocalDateTime now = LocalDateTime.now(SHANGHAI).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime liveStart = now.plusDays(2);
        Map<String, Object> festival = new HashMap<>(Map.of("slug", "summer-fair", "name", "织里童装节", "kind", "festival",
                "warmupStart", now.minusHours(1).toString(), "liveStart", liveStart.toString(),
                "end", now.plusDays(5).toString(), "timezone", "Asia/Shanghai", "bannerText", "夏季新款全场包邮"));
        festival.put("featuredProductIds", List.of(featured));
        festival.put("featuredSupplierIds", List.of(small));
        festival.put("placements", List.of(Map.of("slot", "banner", "page", "home")));
        Api.Response created = manager.post(base + "/campaigns", festival);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String campaign = base + "/campaigns/" + created.id();
        assertThat(manager.post(campaign + "/submit", null).status()).isEqualTo(200);
        assertThat(operator.post(campaign + "/approve", null).status()).isEqualTo(200);

        String home = "/t/" + slug + "/";
        Api buyer = anonymous();
        assertThat(buyer.get(home).body()).contains("campaign-banner campaign-warmup", "countdown").doesNotContain("campaign-live");

        String at = "?at=" + liveStart.plusHours(1);
        Api.Response anonymousPreview = buyer.get(home + at);
        assertThat(anonymousPreview.body()).contains("campaign-warmup").doesNotContain("preview-notice");

        Api.Response preview = operator.get(home + at);
        assertThat(preview.body()).contains("campaign-banner campaign-live", "preview-notice", "夏季新款全场包邮", "碎花连衣裙");
        assertThat(preview.headers().firstValue("Cache-Control")).contains("no-store");

        String search = "/t/" + slug + "/api/v1/search?q=" + URLEncoder.encode("连衣裙", StandardCharsets.UTF_8);
        assertThat(ids(waitForHits(buyer, search))).containsExactly(leading, featured);
        JsonNode promoted = operator.get(search + "&at=" + liveStart.plusHours(1)).json();
        assertThat(ids(promoted)).containsExactly(featured, leading);
        assertThat(promoted.get("items").get(0).get("campaign").get("slug").asString()).isEqualTo("summer-fair");
        assertThat(promoted.get("items").get(1).get("campaign").isNull()).isTrue();

        Api.Response feed = buyer.get("/t/" + slug + "/festivals.ics");
        assertThat(feed.headers().firstValue("Content-Type")).contains("text/calendar;charset=UTF-8");
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().getProperty(Property.URL).orElseThrow().getValue())
                .isEqualTo("http://127.0.0.1:" + port + "/t/" + slug + "/campaigns/summer-fair");
        assertThat(buyer.get("/t/" + slug + "/campaigns/summer-fair").status()).isEqualTo(200);
        assertThat(buyer.get("/t/" + slug + "/festivals").body()).contains("织里童装节");
    }

    private Api user(Api admin, String tenant, String role) {
        String username = role.replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = admin.post("/admin/api/v1/users", Map.of("username", username, "password", "a-long-password",
                "grants", List.of(Map.of("tenant", tenant, "role", role))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return anonymous().login(username, "a-long-password");
    }

    /** Admin changes are searchable within a second: wait for both products rather than sleeping blindly. */
    private static JsonNode waitForHits(Api api, String path) {
        return eventually("both products found by " + path, Duration.ofSeconds(5), () -> api.get(path).json(),
                result -> result.get("total").asLong() >= 2);
    }

    private static List<Long> ids(JsonNode result) {
        List<Long> ids = new ArrayList<>();
        result.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }
}
