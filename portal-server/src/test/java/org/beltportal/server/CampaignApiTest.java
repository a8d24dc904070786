package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The campaigns admin API end to end: the contract's shape with the computed phase, every review step
 * per role (campaign manager, region operator, editor, platform admin), refusals, the month calendar,
 * the audit trail and tenant isolation.
 */
class CampaignApiTest extends PortalServerTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    Api admin;
    String tenant;
    String base;
    Api manager;
    Api operator;
    Api secondOperator;
    Api editor;

    @BeforeEach
    void aTenantWithOneUserPerRole() {
        admin = admin();
        tenant = "camp-" + UUID.randomUUID().toString().substring(0, 8);
        base = "/admin/api/v1/tenants/" + tenant + "/campaigns";
        assertThat(admin.post("/admin/api/v1/tenants", Map.of("slug", tenant, "name", "织里童装产业带")).status()).isEqualTo(201);
        manager = login("campaign_manager");
        operator = login("region_operator");
        secondOperator = login("region_operator");
        editor = login("editor");
    }

    private Api login(String role) {
        String username = role.replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = admin.post("/admin/api/v1/users", Map.of("username", username, "password", "a-long-password",
                "grants", List.of(Map.of("tenant", tenant, "role", role))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return anonymous().login(username, "a-long-password");
    }

    /** A campaign in Shanghai time around now: warm-up began two days ago, live since yesterday, ends in five days. */
    static Map<String, Object> liveNow(String slug, String slot) {
        LocalDateTime now = LocalDateTime.now(SHANGHAI).truncatedTo(ChronoUnit.MINUTES);
        return campaign(slug, now.minusDays(2), now.minusDays(1), now.plusDays(5), null, slot);
    }

    static Map<String, Object> campaign(String slug, LocalDateTime warmup, LocalDateTime live, LocalDateTime end,
                                       List<Integer> months, String slot) {
        Map<String, Object> body = new HashMap<>(Map.of("slug", slug, "name", "织里童装节 " + slug, "kind", "festival",
                "warmupStart", warmup.toString(), "liveStart", live.toString(), "end", end.toString(),
                "timezone", "Asia/Shanghai", "bannerText", "源头工厂, 全场包邮", "featuredProductIds", List.of(),
                "featuredSupplierIds", List.of()));
        body.put("placements", List.of(Map.of("slot", slot, "page", "home")));
        body.put("recurrence", months == null ? null : Map.of("months", months));
        return body;
    }

    private long created(Api as, Map<String, Object> body) {
        Api.Response response = as.post(base, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.id();
    }

    @Test
    void aCampaignGoesThroughReviewWithEachRoleDoingItsPart() {
        assertThat(editor.post(base, liveNow("by-editor", "hero")).status()).isEqualTo(403);
        Api.Response created = manager.post(base, liveNow("children-day", "hero"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode view = created.json();
        assertThat(view.propertyNames()).containsExactly("id", "slug", "name", "kind", "warmupStart", "liveStart", "end",
                "timezone", "recurrence", "bannerText", "bannerImages", "featuredProductIds", "featuredSupplierIds", "placements",
                "nameEn", "bannerTextEn",
                "status", "rejectionReason", "createdBy", "submittedBy", "decidedBy", "version", "createdAt", "updatedAt",
                "phase", "occurrence");
        assertThat(view.get("status").asString()).isEqualTo("draft");
        assertThat(view.get("phase").asString()).isEqualTo("live");
        assertThat(view.get("timezone").asString()).isEqualTo("Asia/Shanghai");
        assertThat(view.get("liveStart").asString()).isEqualTo(liveNow("x", "hero").get("liveStart") + ":00");
        assertThat(view.get("recurrence").isNull()).isTrue();
        assertThat(view.get("placements").get(0).get("slot").asString()).isEqualTo("hero");
        long id = view.get("id").asLong();
        String one = base + "/" + id;

        assertThat(editor.get(one).json().get("phase").asString()).isEqualTo("live");
        assertThat(manager.post(one + "/approve", null).status()).isEqualTo(403);
        assertThat(editor.post(one + "/submit", null).status()).isEqualTo(403);
        assertThat(editor.put(one, liveNow("children-day", "hero")).status()).isEqualTo(403);
        assertThat(editor.delete(one).status()).isEqualTo(403);
        Api.Response early = operator.post(one + "/approve", null);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("message").asString()).contains("it is draft");

        assertThat(manager.post(one + "/submit", null).json().get("status").asString()).isEqualTo("in_review");
        assertThat(manager.put(one, liveNow("children-day", "hero")).status()).isEqualTo(409);
        assertThat(editor.post(one + "/approve", null).status()).isEqualTo(403);
        assertThat(manager.post(one + "/reject", Map.of("reason", "不行")).status()).isEqualTo(403);
        assertThat(operator.post(one + "/reject", Map.of()).status()).isEqualTo(422);
        Api.Response rejected = operator.post(one + "/reject", Map.of("reason", "横幅文字有错别字"));
        assertThat(rejected.json().get("status").asString()).isEqualTo("rejected");
        assertThat(rejected.json().get("rejectionReason").asString()).isEqualTo("横幅文字有错别字");

        assertThat(manager.put(one, liveNow("children-day", "hero")).json().get("status").asString()).isEqualTo("draft");
        manager.post(one + "/submit", null);
        Api.Response approved = operator.post(one + "/approve", null);
        assertThat(approved.json().get("status").asString()).isEqualTo("approved");
        assertThat(approved.json().get("decidedBy").asString()).startsWith("region-operator-");

        Api.Response edited = manager.put(one, liveNow("children-day", "hero"));
        assertThat(edited.json().get("status").asString()).isEqualTo("in_review");
        assertThat(operator.post(one + "/approve", null).status()).isEqualTo(200);
        assertThat(manager.post(one + "/archive", null).status()).isEqualTo(403);
        assertThat(manager.delete(one).status()).isEqualTo(409);
        assertThat(operator.post(one + "/archive", null).json().get("status").asString()).isEqualTo("archived");
        assertThat(operator.post(one + "/submit", null).status()).isEqualTo(409);

        JsonNode trail = operator.get("/admin/api/v1/audit?tenant=" + tenant).json().get("items");
        assertThat(trail.valueStream().filter(e -> e.get("entityType").asString().equals("campaign"))
                .map(e -> e.get("action").asString())).containsExactly("campaign.archive", "campaign.approve",
                "campaign.update", "campaign.approve", "campaign.submit", "campaign.update", "campaign.reject",
                "campaign.submit", "campaign.create");
    }

    @Test
    void nobodyApprovesTheirOwnSubmissionNotEvenAPlatformAdmin() {
        long byOperator = created(operator, liveNow("operator-own", "hero"));
        operator.post(base + "/" + byOperator + "/submit", null);
        Api.Response own = operator.post(base + "/" + byOperator + "/approve", null);
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.json().get("error").asString()).isEqualTo("forbidden");
        assertThat(secondOperator.post(base + "/" + byOperator + "/approve", null).status()).isEqualTo(200);

        long byAdmin = created(admin, liveNow("admin-own", "banner"));
        admin.post(base + "/" + byAdmin + "/submit", null);
        assertThat(admin.post(base + "/" + byAdmin + "/reject", Map.of("reason", "自审")).status()).isEqualTo(403);
        assertThat(operator.post(base + "/" + byAdmin + "/approve", null).status()).isEqualTo(200);
        long byManager = created(manager, liveNow("manager-draft", "strip"));
        assertThat(admin.post(base + "/" + byManager + "/submit", null).status()).isEqualTo(200);
        assertThat(manager.post(base + "/" + byManager + "/approve", null).status()).isEqualTo(403);
        assertThat(admin.post(base + "/" + byManager + "/approve", null).status()).isEqualTo(403);
        assertThat(operator.post(base + "/" + byManager + "/approve", null).json().get("submittedBy").asString()).isEqualTo(ADMIN);
        Api.Response archived = admin.post(base + "/" + byManager + "/archive", null);
        assertThat(archived.json().get("status").asString()).isEqualTo("archived");
    }

    @Test
    void aTakenPlacementAndAnotherBeltsGoodsAreRefused() {
        TwinBelts twins = new TwinBelts(admin);
        String baseA = "/admin/api/v1/tenants/" + twins.a + "/campaigns";
        Map<String, Object> foreign = liveNow("foreign", "hero");
        foreign.put("featuredProductIds", List.of(twins.inA.productId(), twins.inB.productId()));
        Api.Response refused = admin.post(baseA, foreign);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("details").get(0).get("field").asString()).isEqualTo("featuredProductIds");
        assertThat(refused.json().get("details").get(0).get("message").asString()).endsWith(": " + twins.inB.productId());

        long first = created(manager, liveNow("first-on-hero", "hero"));
        manager.post(base + "/" + first + "/submit", null);
        Api.Response clash = manager.post(base, liveNow("second-on-hero", "hero"));
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.json().get("message").asString()).contains("first-on-hero", "织里童装节 first-on-hero", "hero on home");
    }

    /** Field rules, an unknown kind and another belt's goods: one 422 names every fault, not only the first. */
    @Test
    void everyFaultOfARequestIsReportedAtOnce() {
        TwinBelts twins = new TwinBelts(admin);
        Map<String, Object> faulty = liveNow("Not A Slug", "hero");
        faulty.putAll(Map.of("name", " ", "kind", "carnival", "featuredProductIds", List.of(twins.inB.productId())));

        Api.Response refused = admin.post("/admin/api/v1/tenants/" + twins.a + "/campaigns", faulty);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("error").asString()).isEqualTo("invalid");
        assertThat(refused.json().get("details")).extracting(d -> d.get("field").asString())
                .containsExactly("slug", "name", "kind", "featuredProductIds");
    }

    @Test
    void aMergePatchChangesWhatItNamesAndAStaleVersionIsRefused() {
        TwinBelts twins = new TwinBelts(admin);
        String campaigns = "/admin/api/v1/tenants/" + twins.a + "/campaigns/";
        long id = TwinBelts.created(admin.post("/admin/api/v1/tenants/" + twins.a + "/campaigns", liveNow("patched", "hero")));
        JsonNode before = admin.get(campaigns + id).json();

        Api.Response patched = admin.patch(campaigns + id, "{\"bannerText\": \"全场批发价\"}");

        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        JsonNode after = admin.get(campaigns + id).json();
        assertThat(after.get("bannerText").asString()).isEqualTo("全场批发价");
        assertThat(after.get("name")).isEqualTo(before.get("name"));
        assertThat(after.get("liveStart")).isEqualTo(before.get("liveStart"));
        assertThat(after.get("placements")).isEqualTo(before.get("placements"));
        assertThat(admin.patch(campaigns + id, "{\"name\": \"旧版本\", \"version\": " + before.get("version").asInt() + "}")
                .status()).isEqualTo(409);
        assertThat(admin.patch("/admin/api/v1/tenants/" + twins.b + "/campaigns/" + id, "{\"name\": \"x\"}").status())
                .isEqualTo(404);
    }

    @Test
    void aCampaignOfAnotherBeltIsNotFoundThroughThisOnesPath() {
        TwinBelts twins = new TwinBelts(admin);
        long inB = TwinBelts.created(admin.post("/admin/api/v1/tenants/" + twins.b + "/campaigns", liveNow("same-slug", "hero")));
        TwinBelts.created(admin.post("/admin/api/v1/tenants/" + twins.a + "/campaigns", liveNow("same-slug", "hero")));
        String throughA = "/admin/api/v1/tenants/" + twins.a + "/campaigns/" + inB;

        assertThat(admin.get(throughA).status()).isEqualTo(404);
        assertThat(admin.put(throughA, liveNow("same-slug", "hero")).status()).isEqualTo(404);
        assertThat(admin.post(throughA + "/submit", null).status()).isEqualTo(404);
        assertThat(admin.delete(throughA).status()).isEqualTo(404);
        assertThat(admin.get("/admin/api/v1/tenants/" + twins.b + "/campaigns/" + inB).json().get("status").asString())
                .isEqualTo("draft");
    }

    @Test
    void theMonthCalendarListsEachOccurrenceInLocalTime() {
        int nextYear = LocalDateTime.now(SHANGHAI).getYear() + 1;
        Map<String, Object> merchant = campaign("merchant-festival", LocalDateTime.of(nextYear, 3, 1, 0, 0),
                LocalDateTime.of(nextYear, 3, 6, 10, 0), LocalDateTime.of(nextYear, 3, 9, 0, 0), List.of(3, 9, 12), "hero");
        long id = created(manager, merchant);
        manager.post(base + "/" + id + "/submit", null);
        operator.post(base + "/" + id + "/approve", null);

        JsonNode december = manager.get(base + "?month=" + (nextYear + 1) + "-12").json();
        assertThat(december.get("month").asString()).isEqualTo((nextYear + 1) + "-12");
        JsonNode item = december.get("items").get(0);
        assertThat(item.get("slug").asString()).isEqualTo("merchant-festival");
        assertThat(item.get("phase").asString()).isEqualTo("scheduled");
        assertThat(item.get("occurrence").get("liveStart").asString()).isEqualTo((nextYear + 1) + "-12-06T10:00:00");
        assertThat(item.get("recurrence").get("months")).hasSize(3);
        assertThat(manager.get(base + "?month=" + nextYear + "-02").json().get("items")).isEmpty();
        assertThat(manager.get(base + "?month=december").status()).isEqualTo(400);
        assertThat(manager.get(base + "?status=approved").json().get("total").asLong()).isEqualTo(1);
        assertThat(manager.get(base + "?status=live").status()).isEqualTo(422);
    }

    /** Extreme years once looped some 2^31 times per request: the calendar and campaign dates refuse them at once. */
    @Test
    void yearsOutsideTheCalendarAreRefusedNamingTheField() {
        int nextYear = LocalDateTime.now(SHANGHAI).getYear() + 1;
        created(manager, campaign("monthly", LocalDateTime.of(nextYear, 3, 1, 0, 0), LocalDateTime.of(nextYear, 3, 6, 10, 0),
                LocalDateTime.of(nextYear, 3, 9, 0, 0), List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), "hero"));

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (String month : List.of("+999999999-12", "-999999999-01", "+10000-01", "1999-12", "2200-01")) {
                Api.Response refused = manager.get(base + "?month=" + month.replace("+", "%2B"));
                assertThat(refused.status()).as(month + ": " + refused).isEqualTo(422);
                assertThat(refused.json().get("details").get(0).get("field").asString()).isEqualTo("month");
            }
            assertThat(manager.get(base + "?month=0000-00").status()).isEqualTo(400);
            for (String year : List.of("+999999999", "-999999999", "1999", "2200")) {
                Map<String, Object> body = campaign("extreme", LocalDateTime.MIN, LocalDateTime.MIN, LocalDateTime.MIN,
                        List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), "side");
                body.putAll(Map.of("warmupStart", year + "-01-01T00:00", "liveStart", year + "-01-02T00:00", "end", year + "-01-03T00:00"));
                Api.Response refused = manager.post(base, body);
                assertThat(refused.status()).as(year + ": " + refused).isEqualTo(422);
                assertThat(refused.json().get("details")).extracting(d -> d.get("field").asString())
                        .containsExactlyInAnyOrder("warmupStart", "liveStart", "end");
            }
        });
    }
}
