package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.core.testing.Eventually.eventually;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Regions above belts over HTTP (decision 0040): a regional admin of 浙江 acts on a belt in 义乌 with a region
 * operator's rights and on nothing in 河北; nobody grants beyond their own node; a belt's region code is checked;
 * the region search finds only the region's own products, though both twins hold the same product.
 */
class RegionsTest extends PortalServerTest {

    static final String PASSWORD = "regional-password";

    TwinBelts twins;
    Api admin;
    Api zhejiang;
    String zhejiangName;

    @BeforeEach
    void twinsInTwoProvinces() {
        admin = admin();
        twins = new TwinBelts(admin);
        assertThat(admin.put("/admin/api/v1/tenants/" + twins.a + "/region", Map.of("regionCode", "330782")).status()).isEqualTo(200);
        assertThat(admin.put("/admin/api/v1/tenants/" + twins.b + "/region", Map.of("regionCode", "130684")).status()).isEqualTo(200);
        zhejiangName = newUser(List.of(Map.of("role", "regional_admin", "region", "330000")));
        zhejiang = anonymous().login(zhejiangName, PASSWORD);
    }

    private String newUser(List<Map<String, String>> grants) {
        String username = "regional-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = admin.post("/admin/api/v1/users", Map.of("username", username, "password", PASSWORD, "grants", grants));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }

    @Test
    void regionalAdminActsOnBeltsUnderItsNodeAsARegionOperator() {
        String a = "/admin/api/v1/tenants/" + twins.a;
        assertThat(zhejiang.get(a).status()).isEqualTo(200);
        Api.Response supplier = zhejiang.post(a + "/suppliers", TwinBelts.supplier("义乌新工厂"));
        assertThat(supplier.status()).as(supplier.toString()).isEqualTo(201);
        Api.Response renamed = zhejiang.sendRaw("PATCH", a, "application/merge-patch+json",
                "{\"nameEn\":\"Yiwu twin\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(zhejiang.get("/admin/api/v1/audit?limit=5&tenant=" + twins.a).status()).isEqualTo(200);

        List<String> visible = new ArrayList<>();
        zhejiang.get("/admin/api/v1/tenants").json().forEach(t -> visible.add(t.get("slug").asString()));
        assertThat(visible).contains(twins.a).doesNotContain(twins.b);
        assertThat(zhejiang.get("/admin/api/v1/tenants/" + twins.b).status()).isEqualTo(403);
        assertThat(zhejiang.get("/admin/api/v1/tenants/" + twins.b + "/products").status()).isEqualTo(403);
    }

    @Test
    void aRevokedRegionalGrantHoldsFromTheNextRequest() {
        assertThat(zhejiang.get("/admin/api/v1/tenants/" + twins.a).status()).isEqualTo(200);
        assertThat(admin.put("/admin/api/v1/users/" + zhejiangName + "/grants", Map.of("grants", List.of())).status()).isEqualTo(200);
        assertThat(zhejiang.get("/admin/api/v1/tenants/" + twins.a).status()).isEqualTo(403);
        assertThat(zhejiang.get("/admin/api/v1/regions/330000").status()).isEqualTo(403);
    }

    @Test
    void movingABeltOutOfTheRegionTakesItOutOfReach() {
        assertThat(admin.put("/admin/api/v1/tenants/" + twins.a + "/region", Map.of("regionCode", "370283")).status()).isEqualTo(200);
        assertThat(zhejiang.get("/admin/api/v1/tenants/" + twins.a).status()).isEqualTo(403);
    }

    @Test
    void theTreeShowsOnlyTheCallersNodes() {
        JsonNode mine = zhejiang.get("/admin/api/v1/regions").json();
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("code").asString()).isEqualTo("330000");
        assertThat(mine.get(0).get("name").asString()).isEqualTo("浙江省");
        assertThat(mine.get(0).get("belts").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(mine.toString()).contains("\"330782\"").doesNotContain("\"130000\"");

        List<String> provinces = new ArrayList<>();
        admin.get("/admin/api/v1/regions").json().forEach(node -> provinces.add(node.get("code").asString()));
        assertThat(provinces).contains("330000", "130000", "210000", "370000", "440000");

        Api operator = newOperatorOf(admin, twins.a);
        assertThat(operator.get("/admin/api/v1/regions").json()).isEmpty();
        assertThat(operator.get("/admin/api/v1/regions/330782").status()).isEqualTo(403);
    }

    @Test
    void regionBeltsListTheirKeyFigures() {
        Api.Response belts = zhejiang.get("/admin/api/v1/regions/330700/belts?q=" + twins.a);
        assertThat(belts.status()).as(belts.toString()).isEqualTo(200);
        assertThat(belts.json().get("total").asLong()).isEqualTo(1);
        JsonNode belt = belts.json().get("items").get(0);
        assertThat(belt.get("slug").asString()).isEqualTo(twins.a);
        assertThat(belt.get("regionCode").asString()).isEqualTo("330782");
        assertThat(belt.get("figures").get("activeProducts").asLong()).isEqualTo(1);
        assertThat(belt.get("figures").get("suppliers").asLong()).isEqualTo(1);
        assertThat(belt.get("figures").get("inquiries30Days").asLong()).isZero();
        assertThat(belt.get("figures").get("campaignsRunning").asLong()).isZero();
        assertThat(zhejiang.get("/admin/api/v1/regions/130000/belts").status()).isEqualTo(403);
        assertThat(zhejiang.get("/admin/api/v1/regions/999999/belts").status()).isEqualTo(404);

        JsonNode region = zhejiang.get("/admin/api/v1/regions/330782").json();
        assertThat(region.get("lineage").toString()).isEqualTo("[\"330000\",\"330700\",\"330782\"]");
        assertThat(region.get("totals").get("activeProducts").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void nobodyGrantsAtOrAboveTheirOwnNode() {
        String other = newUser(List.of());
        // Not through the users API: platform admins only.
        Api.Response selfPromotion = zhejiang.put("/admin/api/v1/users/" + zhejiangName + "/grants",
                Map.of("grants", List.of(Map.of("role", "platform_admin"))));
        assertThat(selfPromotion.status()).isEqualTo(403);
        assertThat(zhejiang.put("/admin/api/v1/users/" + other + "/grants",
                Map.of("grants", List.of(Map.of("role", "regional_admin", "region", "130000")))).status()).isEqualTo(403);
        // Not on its own node, nor above it (there is none), nor on another province.
        assertThat(zhejiang.put("/admin/api/v1/regions/330000/admins/" + other, Map.of()).status()).isEqualTo(403);
        assertThat(zhejiang.put("/admin/api/v1/regions/130000/admins/" + other, Map.of()).status()).isEqualTo(403);
        // Below it: yes, and the new city admin then appoints neither on its own node nor on the province.
        Api.Response appointed = zhejiang.put("/admin/api/v1/regions/330700/admins/" + other, Map.of());
        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(200);
        assertThat(appointed.json().get("admins").toString()).contains(other);
        Api jinhua = anonymous().login(other, PASSWORD);
        assertThat(jinhua.get("/admin/api/v1/tenants/" + twins.a).status()).isEqualTo(200);
        String third = newUser(List.of());
        assertThat(jinhua.put("/admin/api/v1/regions/330700/admins/" + third, Map.of()).status()).isEqualTo(403);
        assertThat(jinhua.put("/admin/api/v1/regions/330000/admins/" + third, Map.of()).status()).isEqualTo(403);
        assertThat(jinhua.delete("/admin/api/v1/regions/330000/admins/" + zhejiangName).status()).isEqualTo(403);
        assertThat(jinhua.put("/admin/api/v1/regions/330782/admins/" + third, Map.of()).status()).isEqualTo(200);
        // Nor may it move belts between regions: that decides who reaches them.
        assertThat(zhejiang.put("/admin/api/v1/tenants/" + twins.a + "/region", Map.of("regionCode", "330000")).status()).isEqualTo(403);
        // The province removes the city's admin; that admin's reach ends at once.
        assertThat(zhejiang.delete("/admin/api/v1/regions/330700/admins/" + other).status()).isEqualTo(200);
        assertThat(jinhua.get("/admin/api/v1/tenants/" + twins.a).status()).isEqualTo(403);
        assertThat(zhejiang.delete("/admin/api/v1/regions/330700/admins/" + other).status()).isEqualTo(404);
    }

    @Test
    void aBeltsRegionCodeMustBeKnown() {
        String slug = "region-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response unknown = admin.post("/admin/api/v1/tenants", Map.of("slug", slug, "name", "未知地区产业带", "regionCode", "999999"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("regionCode");
        Api.Response known = admin.post("/admin/api/v1/tenants", Map.of("slug", slug, "name", "永康五金产业带", "regionCode", "330784"));
        assertThat(known.status()).as(known.toString()).isEqualTo(201);
        assertThat(known.json().get("regionCode").asString()).isEqualTo("330784");
        assertThat(admin.put("/admin/api/v1/tenants/" + slug + "/region", Map.of("regionCode", "nowhere")).status()).isEqualTo(422);
        assertThat(zhejiang.get("/admin/api/v1/tenants/" + slug).status()).isEqualTo(200);
        Api.Response badGrant = admin.post("/admin/api/v1/users", Map.of("username", "bad-" + slug, "password", PASSWORD,
                "grants", List.of(Map.of("role", "regional_admin", "region", "999999"))));
        assertThat(badGrant.status()).isEqualTo(422);
        assertThat(badGrant.body()).contains("grants[0].region");
    }

    @Test
    void regionSearchNeverReturnsAnotherRegionsProducts() {
        // The same new word in both twins, so earlier runs' twins (same titles, same regions) cannot crowd the results.
        String word = "socks" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");
        long inA = TwinBelts.created(admin.post("/admin/api/v1/tenants/" + twins.a + "/products",
                TwinBelts.product("REGION-1", "区域袜子 " + word, twins.inA.supplierId())));
        long inB = TwinBelts.created(admin.post("/admin/api/v1/tenants/" + twins.b + "/products",
                TwinBelts.product("REGION-1", "区域袜子 " + word, twins.inB.supplierId())));
        Api platform = anonymous().onHost("localhost");
        String q = "q=" + word;
        eventually("both twins' product to be searchable nationally", Duration.ofSeconds(10),
                () -> ids(platform.get("/api/v1/national/search?" + q)), ids -> ids.contains(inA) && ids.contains(inB));
        assertThat(ids(platform.get("/api/v1/national/search?region=330000&" + q))).containsExactly(inA);
        assertThat(ids(platform.get("/api/v1/national/search?region=330700&" + q))).containsExactly(inA);
        assertThat(ids(platform.get("/api/v1/national/search?region=130000&" + q))).containsExactly(inB);
        assertThat(ids(platform.get("/api/v1/national/search?region=370000&" + q))).isEmpty();
        assertThat(platform.get("/api/v1/national/search?region=999999&" + q).status()).isEqualTo(404);

        Api.Response page = platform.get("/regions/330000?" + q);
        assertThat(page.status()).isEqualTo(200);
        assertThat(new HtmlChecker().errors(page.body())).as("W3C Nu errors on the region page").isEmpty();
        assertThat(page.body()).contains("/t/" + twins.a + "/products/" + inA).contains(twins.a + ".localhost")
                .doesNotContain("/t/" + twins.b + "/").doesNotContain("/products/" + inB);
        assertThat(platform.get("/regions/999999").status()).isEqualTo(404);
        assertThat(anonymous().get("/t/" + twins.a + "/regions/330000").status()).isEqualTo(404);
    }

    private static List<Long> ids(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        response.json().get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }
}
