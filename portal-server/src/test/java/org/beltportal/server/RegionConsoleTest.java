package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The console's region pages over real HTTP (decision 0040): a regional admin without belt grants lands on its
 * region's page, which lists the belts under it with their figures and links into each; another province's page is
 * refused and an unknown code is a 404; a belt's name shows as text; both languages; the new-belt form takes a
 * region code and refuses an unknown one beside its field. Every page is checked by the W3C Nu checker.
 */
class RegionConsoleTest extends ConsoleScreenTest {

    private String beltInZhejiang;
    private String beltInHebei;

    private ConsoleSession regionalAdmin(String code) {
        String username = "region-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = admin().post("/admin/api/v1/users", Map.of("username", username, "password", PASSWORD,
                "grants", List.of(Map.of("role", "regional_admin", "region", code))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return ConsoleSession.login(port, username, PASSWORD);
    }

    private void placeTwins() {
        if (beltInZhejiang == null) {
            Api admin = admin();
            assertThat(admin.put("/admin/api/v1/tenants/" + twins.a + "/region", Map.of("regionCode", "330782")).status()).isEqualTo(200);
            assertThat(admin.put("/admin/api/v1/tenants/" + twins.b + "/region", Map.of("regionCode", "130684")).status()).isEqualTo(200);
            beltInZhejiang = twins.a;
            beltInHebei = twins.b;
        }
    }

    @Test
    void aRegionalAdminLandsOnItsRegionAndOpensABelt() {
        placeTwins();
        ConsoleSession zhejiang = regionalAdmin("330000");
        Api.Response landing = zhejiang.get("/admin/");
        assertThat(landing.status()).isEqualTo(302);
        assertThat(landing.headers().firstValue("Location").orElseThrow()).endsWith("/admin/regions/330000");

        String region = page(zhejiang, "/admin/regions/330000?q=" + beltInZhejiang);
        assertThat(region).contains("浙江省").contains("在售商品").contains("近 30 天询盘")
                .contains("href=\"/admin/belts/" + beltInZhejiang + "/\"").doesNotContain(beltInHebei)
                .contains("href=\"/admin/regions/330700\"").contains("href=\"/admin/regions\"");
        assertThat(page(zhejiang, "/admin/belts/" + beltInZhejiang + "/")).contains("孪生产业带");
        assertThat(page(zhejiang, "/admin/belts/" + beltInZhejiang + "/people")).contains("孪生产业带");

        String english = page(zhejiang, "/admin/regions/330782?lang=en");
        assertThat(english).contains("Yiwu").contains("Active products").contains("Inquiries, last 30 days")
                .contains("href=\"/admin/regions/330000\"").contains("aria-current=\"page\"");
        assertThat(page(zhejiang, "/admin/regions")).contains("href=\"/admin/regions/330782\"").doesNotContain("130000");
    }

    @Test
    void anotherProvinceIsRefusedAndAnUnknownCodeIsNotFound() {
        placeTwins();
        ConsoleSession zhejiang = regionalAdmin("330000");
        Api.Response hebei = zhejiang.get("/admin/regions/130000");
        assertThat(hebei.status()).isEqualTo(403);
        assertThat(valid("/admin/regions/130000", hebei)).contains("class=\"refusal");
        assertThat(zhejiang.get("/admin/regions/999999").status()).isEqualTo(404);
        assertThat(zhejiang.get("/admin/belts/" + beltInHebei + "/").status()).isEqualTo(403);
        assertThat(zhejiang.get("/admin/belts/" + beltInHebei + "/products").status()).isEqualTo(403);

        ConsoleSession jinhua = regionalAdmin("330700");
        assertThat(jinhua.get("/admin/regions/330000").status()).isEqualTo(403);
        assertThat(page(jinhua, "/admin/regions/330000".replace("330000", "330782"))).contains(beltInZhejiang);
        ConsoleSession operator = operatorOfA();
        assertThat(operator.get("/admin/regions/330782").status()).isEqualTo(403);
        assertThat(page(operator, "/admin/regions")).doesNotContain("href=\"/admin/regions/");
    }

    @Test
    void aBeltsNameShowsAsText() {
        String slug = "rx-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = admin().post("/admin/api/v1/tenants", Map.of("slug", slug, "name", SCRIPT, "regionCode", "331003"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String page = page(adminConsole(), "/admin/regions/331000?q=" + slug);
        assertThat(page).contains(SCRIPT_SHOWN).doesNotContain(SCRIPT);
    }

    @Test
    void theNewBeltFormTakesARegionCode() {
        ConsoleSession admin = adminConsole();
        String form = page(admin, "/admin/belts/new");
        assertThat(form).contains("<option value=\"330782\">浙江省 › 金华市 › 义乌市 · 330782</option>");
        String slug = "nr-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> fields = new HashMap<>(Map.of("name", "永康五金产业带", "slug", slug, "regionCode", "999999"));
        String back = seeOther(admin, admin.postForm("/admin/belts/new", fields), "/admin/belts/new");
        assertThat(back).contains("href=\"#regionCode\"").contains("id=\"regionCode-error\"");
        fields.put("regionCode", "330784");
        assertThat(seeOther(admin.postForm("/admin/belts/new", fields))).isEqualTo("/admin/belts/" + slug + "/");
        assertThat(admin().get("/admin/api/v1/tenants/" + slug).json().get("regionCode").asString()).isEqualTo("330784");
    }
}
