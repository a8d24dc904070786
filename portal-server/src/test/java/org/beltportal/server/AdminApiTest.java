package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The admin JSON API end to end: the contract's shapes, statuses and the audit trail. */
class AdminApiTest extends PortalServerTest {

    Api admin;
    String slug;
    String base;

    @BeforeEach
    void aTenant() {
        admin = admin();
        slug = "api-" + UUID.randomUUID().toString().substring(0, 8);
        base = "/admin/api/v1/tenants/" + slug;
        Api.Response created = admin.post("/admin/api/v1/tenants", Map.of("slug", slug, "name", "诸暨袜业产业带",
                "nameEn", "Zhuji Socks", "region", "浙江省诸暨市", "hosts", List.of(slug + ".portal.test"),
                "timezone", "Asia/Shanghai", "locale", "zh-CN", "theme", "catalog", "icpNumber", "浙ICP备0000001号"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("hosts").get(0).asString()).isEqualTo(slug + ".portal.test");
        assertThat(created.json().get("status").asString()).isEqualTo("active");
    }

    @Test
    void productLifecycleIsAuditedWithBeforeAndAfter() {
        long supplierId = TwinBelts.created(admin.post(base + "/suppliers", TwinBelts.supplier("大唐袜厂")));
        long id = TwinBelts.created(admin.post(base + "/products", TwinBelts.product("ZJ-1", "男士商务袜", supplierId)));
        Api.Response updated = admin.put(base + "/products/" + id, TwinBelts.product("ZJ-1", "男士纯棉商务袜", supplierId));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("minPrice").decimalValue()).isEqualByComparingTo("22.50");
        assertThat(updated.json().get("category").asString()).isEqualTo("童装/女童/连衣裙");

        JsonNode entries = admin.get("/admin/api/v1/audit?tenant=" + slug).json().get("items");
        JsonNode update = entries.valueStream().filter(e -> e.get("action").asString().equals("product.update")).findFirst().orElseThrow();
        assertThat(update.get("actor").asString()).isEqualTo(ADMIN);
        assertThat(update.get("before").get("title").asString()).isEqualTo("男士商务袜");
        assertThat(update.get("after").get("title").asString()).isEqualTo("男士纯棉商务袜");

        assertThat(admin.delete(base + "/products/" + id).status()).isEqualTo(204);
        assertThat(admin.get(base + "/products/" + id).status()).isEqualTo(404);
    }

    @Test
    void productListPages() {
        long supplierId = TwinBelts.created(admin.post(base + "/suppliers", TwinBelts.supplier("工厂")));
        for (int i = 0; i < 5; i++) {
            TwinBelts.created(admin.post(base + "/products", TwinBelts.product("P-" + i, "袜子 " + i, supplierId)));
        }
        JsonNode page = admin.get(base + "/products?page=1&size=2").json();
        assertThat(page.get("total").asLong()).isEqualTo(5);
        assertThat(page.get("items")).hasSize(2);
        assertThat(admin.get(base + "/products?size=100000").status()).isEqualTo(422);
        assertThat(admin.get(base + "/products?page=abc").status()).isEqualTo(400);
    }

    @Test
    void invalidInputIs422WithEveryProblem() {
        Api.Response response = admin.post(base + "/products", Map.of("sku", "bad sku!", "moq", 0, "priceTiers", List.of()));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("error").asString()).isEqualTo("invalid");
        assertThat(response.json().get("details").valueStream().map(d -> d.get("field").asString()))
                .contains("sku", "title", "supplierId", "moq", "priceTiers");
    }

    @Test
    void imageUrlsThatCouldRunScriptOrLoadFromAnotherHostAre422WhereverSaved() {
        long supplier = TwinBelts.created(admin.post(base + "/suppliers", TwinBelts.supplier("诸暨袜厂")));
        List<String> bad = List.of("/media/ok.jpg", "javascript:alert(1)", "//evil.example/x.jpg");
        Map<String, Object> withImages = new HashMap<>(TwinBelts.product("IMG-1", "棉袜", supplier));
        withImages.put("images", bad);
        Api.Response product = admin.post(base + "/products", withImages);
        Api.Response branding = admin.put(base + "/branding", Map.of("heroImages", bad, "logoUrl", "//evil.example/logo.png"));
        Api.Response campaign = admin.post(base + "/campaigns", Map.of("slug", "img-fair", "name", "袜子节", "kind", "festival",
                "warmupStart", "2030-12-01T00:00", "liveStart", "2030-12-06T10:00", "end", "2030-12-09T00:00",
                "bannerImages", bad));

        assertThat(List.of(product, branding, campaign)).allSatisfy(response -> assertThat(response.status()).isEqualTo(422));
        assertThat(fields(product)).contains("images[1]", "images[2]").doesNotContain("images[0]");
        assertThat(fields(branding)).contains("heroImages[1]", "heroImages[2]", "logoUrl").doesNotContain("heroImages[0]");
        assertThat(fields(campaign)).contains("bannerImages[1]", "bannerImages[2]").doesNotContain("bannerImages[0]");
        assertThat(admin.get(base + "/products").json().get("total").asLong()).isZero();
    }

    private static List<String> fields(Api.Response invalid) {
        return invalid.json().get("details").valueStream().map(d -> d.get("field").asString()).toList();
    }

    @Test
    void malformedOversizedAndUnknownRequestsGetCleanErrors() {
        Api.Response malformed = admin.sendRaw("POST", base + "/suppliers", "application/json", "{\"name\": ".getBytes());
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).doesNotContain("Exception", "at org.");

        byte[] huge = ("{\"name\":\"" + "袜".repeat(700_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertThat(admin.sendRaw("POST", base + "/suppliers", "application/json", huge).status()).isEqualTo(413);

        Api.Response unknown = admin.get("/admin/api/v1/no-such-thing");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("error").asString()).isEqualTo("not_found");
        assertThat(admin.get("/admin/api/v1/tenants/no-such-tenant").status()).isEqualTo(404);
        assertThat(admin.get(base + "/products/not-a-number").status()).isEqualTo(400);
    }

    @Test
    void takenSlugsSkusAndHostsAreConflicts() {
        assertThat(admin.post("/admin/api/v1/tenants", Map.of("slug", slug, "name", "重复")).status()).isEqualTo(409);
        String other = "other-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.post("/admin/api/v1/tenants", Map.of("slug", other, "name", "抢域名",
                "hosts", List.of(slug + ".portal.test"))).status()).isEqualTo(409);
        long supplierId = TwinBelts.created(admin.post(base + "/suppliers", TwinBelts.supplier("工厂")));
        TwinBelts.created(admin.post(base + "/products", TwinBelts.product("DUP", "一", supplierId)));
        assertThat(admin.post(base + "/products", TwinBelts.product("DUP", "二", supplierId)).status()).isEqualTo(409);
    }

    @Test
    void upsertBySkuCreatesThenUpdates() {
        long supplierId = TwinBelts.created(admin.post(base + "/suppliers", TwinBelts.supplier("工厂")));
        Api.Response first = admin.put(base + "/products", TwinBelts.product("UP-1", "首次", supplierId));
        Api.Response second = admin.put(base + "/products", TwinBelts.product("UP-1", "再次", supplierId));
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.json().get("title").asString()).isEqualTo("再次");
    }

    @Test
    void brandingHostsAndStatusShapeThePublicSite() {
        Map<String, Object> branding = Map.of("primaryColor", "#0b5394", "accentColor", "#e69138", "slogan", "一城一节一名片",
                "heroImages", List.of("/media/hero.jpg"), "footerHtml", "<p>主办<script>x()</script></p>");
        Api.Response saved = admin.put(base + "/branding", branding);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("footerHtml").asString()).isEqualTo("<p>主办</p>");
        assertThat(admin.put(base + "/branding", Map.of("primaryColor", "red;}body{")).status()).isEqualTo(422);

        String newHost = "www." + slug + ".portal.test";
        assertThat(admin.post(base + "/hosts", Map.of("hostname", newHost)).status()).isEqualTo(201);
        assertThat(anonymous().onHost(newHost).get("/").status()).isEqualTo(200);
        assertThat(admin.delete(base + "/hosts/" + newHost).status()).isEqualTo(200);
        assertThat(anonymous().onHost(newHost).get("/").status()).isEqualTo(404);

        assertThat(admin.put(base + "/status", Map.of("status", "suspended")).status()).isEqualTo(200);
        Api.Response suspended = anonymous().get("/t/" + slug + "/");
        assertThat(suspended.status()).isEqualTo(503);
        assertThat(suspended.body()).contains("诸暨袜业产业带");
        assertThat(admin.put(base + "/status", Map.of("status", "closed")).status()).isEqualTo(422);
        assertThat(admin.put(base + "/status", Map.of("status", "active")).status()).isEqualTo(200);
        assertThat(anonymous().get("/t/" + slug + "/").status()).isEqualTo(200);
    }

    @Test
    void pagesAreSanitisedAndUsersListedWithoutSecrets() {
        Map<String, Object> page = Map.of("slug", "policy-1", "title", "电商扶持政策", "kind", "news", "status", "published",
                "body", "<p>补贴<img src=x onerror=alert(1)></p><a href=\"javascript:alert(1)\">链接</a>");
        Api.Response created = admin.post(base + "/pages", page);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("body").asString()).doesNotContain("onerror", "javascript");
        assertThat(admin.get("/admin/api/v1/users").body()).doesNotContain("passwordHash", "{bcrypt}");
    }
}
