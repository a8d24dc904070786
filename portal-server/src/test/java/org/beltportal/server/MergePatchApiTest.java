package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * PATCH with a JSON Merge Patch on tenants, branding, suppliers, products and pages: it changes what it
 * names and nothing else, and is refused, validated and audited as the PUT it stands for (decision 0026).
 */
class MergePatchApiTest extends PortalServerTest {

    Api admin;
    String slug;
    String base;
    long supplierId;
    long productId;
    long pageId;

    @BeforeEach
    void aFullyFilledTenant() {
        admin = admin();
        slug = "patch-" + UUID.randomUUID().toString().substring(0, 8);
        base = "/admin/api/v1/tenants/" + slug;
        assertThat(admin.post("/admin/api/v1/tenants", Map.of("slug", slug, "name", "诸暨袜业产业带",
                "nameEn", "Zhuji Socks", "region", "浙江省诸暨市", "hosts", List.of(slug + ".portal.test"),
                "timezone", "Asia/Shanghai", "locale", "zh-CN", "theme", "catalog", "icpNumber", "浙ICP备0000001号"))
                .status()).isEqualTo(201);
        assertThat(admin.put(base + "/branding", Map.of("primaryColor", "#0b5394", "accentColor", "#e69138",
                "slogan", "一城一节一名片", "heroImages", List.of("/media/hero.jpg"), "footerHtml", "<p>主办</p>",
                "logoUrl", "/media/logo.png")).status()).isEqualTo(200);
        supplierId = TwinBelts.created(admin.post(base + "/suppliers", Map.of("name", "大唐袜厂", "creditRating", "4A",
                "verified", true, "yearsActive", 6, "location", "大唐镇", "capabilities", List.of("samples", "dropship"),
                "employees", 120, "factoryArea", 5000, "description", "袜机 300 台")));
        productId = TwinBelts.created(admin.post(base + "/products", Map.ofEntries(Map.entry("sku", "ZJ-1"),
                Map.entry("title", "男士商务袜"), Map.entry("titleEn", "Business socks"), Map.entry("description", "精梳棉"),
                Map.entry("category", "袜子/男袜"), Map.entry("supplierId", supplierId), Map.entry("moq", 100),
                Map.entry("unit", "双"), Map.entry("priceTiers", List.of(Map.of("minQty", 100, "price", "3.50"),
                        Map.of("minQty", 1000, "price", "2.80"))),
                Map.entry("attributes", Map.of("材质", "棉", "颜色", "黑")), Map.entry("images", List.of("/media/sock.jpg")),
                Map.entry("status", "active"))));
        pageId = TwinBelts.created(admin.post(base + "/pages", Map.of("slug", "fair-2026", "title", "袜博会开幕",
                "body", "<p>开幕</p>", "kind", "news", "status", "published", "publishAt", "2026-01-01T00:00:00Z",
                "locale", "zh-CN")));
    }

    @Test
    void patchingOneBrandingColourKeepsSloganFooterAndTheRest() {
        JsonNode before = admin.get(base + "/branding").json();

        Api.Response patched = admin.patch(base + "/branding", "{\"primaryColor\": \"#aa0000\"}");

        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        JsonNode after = admin.get(base + "/branding").json();
        assertThat(after.get("primaryColor").asString()).isEqualTo("#aa0000");
        ((ObjectNode) before).put("primaryColor", "#aa0000");
        assertThat(after).isEqualTo(before);
        assertThat(after.get("slogan").asString()).isEqualTo("一城一节一名片");
        assertThat(after.get("footerHtml").asString()).isEqualTo("<p>主办</p>");
    }

    @Test
    void putStillReplacesTheWholeBranding() {
        assertThat(admin.put(base + "/branding", Map.of("primaryColor", "#aa0000")).status()).isEqualTo(200);

        JsonNode after = admin.get(base + "/branding").json();
        assertThat(after.get("slogan").isNull()).isTrue();
        assertThat(after.get("heroImages")).isEmpty();
    }

    @Test
    void nullRemovesAFieldAndTheServiceDefaultApplies() {
        Api.Response product = admin.patch(base + "/products/" + productId, "{\"titleEn\": null, \"unit\": null}");
        Api.Response branding = admin.patch(base + "/branding", "{\"slogan\": null, \"heroImages\": null}");
        Api.Response tenant = admin.patch(base, "{\"icpNumber\": null, \"timezone\": null}");

        assertThat(List.of(product, branding, tenant)).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
        assertThat(product.json().get("titleEn").isNull()).isTrue();
        assertThat(product.json().get("unit").asString()).isEqualTo("件");
        assertThat(product.json().get("title").asString()).isEqualTo("男士商务袜");
        assertThat(branding.json().get("slogan").isNull()).isTrue();
        assertThat(branding.json().get("heroImages")).isEmpty();
        assertThat(branding.json().get("footerHtml").asString()).isEqualTo("<p>主办</p>");
        assertThat(tenant.json().get("icpNumber").isNull()).isTrue();
        assertThat(tenant.json().get("timezone").asString()).isEqualTo("Asia/Shanghai");
        assertThat(tenant.json().get("nameEn").asString()).isEqualTo("Zhuji Socks");
    }

    @Test
    void anEmptyPatchChangesNothingOnAnyResource() {
        for (String path : List.of(base, base + "/branding", base + "/suppliers/" + supplierId,
                base + "/products/" + productId, base + "/pages/" + pageId)) {
            JsonNode before = withoutUpdatedAt(admin.get(path).json());

            Api.Response patched = admin.patch(path, "{}");

            assertThat(patched.status()).as(path + " " + patched).isEqualTo(200);
            assertThat(withoutUpdatedAt(admin.get(path).json())).as(path).isEqualTo(before);
        }
    }

    @Test
    void eachResourceChangesOnlyWhatThePatchNames() {
        JsonNode tenant = admin.patch(base, "{\"nameEn\": \"Zhuji Hosiery\"}").json();
        assertThat(tenant.get("nameEn").asString()).isEqualTo("Zhuji Hosiery");
        assertThat(tenant.get("region").asString()).isEqualTo("浙江省诸暨市");
        assertThat(tenant.get("icpNumber").asString()).isEqualTo("浙ICP备0000001号");
        assertThat(tenant.get("hosts")).hasSize(1);

        JsonNode supplier = admin.patch(base + "/suppliers/" + supplierId, "{\"verified\": false}").json();
        assertThat(supplier.get("verified").asBoolean()).isFalse();
        assertThat(supplier.get("capabilities")).hasSize(2);
        assertThat(supplier.get("employees").asInt()).isEqualTo(120);

        JsonNode product = admin.patch(base + "/products/" + productId, "{\"attributes\": {\"颜色\": \"灰\", \"尺码\": \"均码\"}}").json();
        assertThat(product.get("attributes").properties()).extracting(Map.Entry::getKey).containsExactlyInAnyOrder("材质", "颜色", "尺码");
        assertThat(product.get("attributes").get("颜色").asString()).isEqualTo("灰");
        assertThat(product.get("priceTiers")).hasSize(2);
        assertThat(product.get("category").asString()).isEqualTo("袜子/男袜");

        JsonNode page = admin.patch(base + "/pages/" + pageId, "{\"title\": \"袜博会闭幕\"}").json();
        assertThat(page.get("title").asString()).isEqualTo("袜博会闭幕");
        assertThat(page.get("body").asString()).isEqualTo("<p>开幕</p>");
        assertThat(page.get("publishAt").asString()).isEqualTo("2026-01-01T00:00:00Z");
    }

    @Test
    void aPatchIsValidatedAndAuditedLikeAPut() {
        Api.Response invalid = admin.patch(base + "/branding", "{\"primaryColor\": \"red;}body{\", \"slogan\": \"新\"}");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("details").get(0).get("field").asString()).isEqualTo("primaryColor");
        assertThat(admin.get(base + "/branding").json().get("slogan").asString()).isEqualTo("一城一节一名片");

        assertThat(admin.patch(base + "/products/" + productId, "{\"title\": \"男士纯棉商务袜\"}").status()).isEqualTo(200);
        JsonNode update = admin.get("/admin/api/v1/audit?tenant=" + slug).json().get("items").valueStream()
                .filter(e -> e.get("action").asString().equals("product.update")).findFirst().orElseThrow();
        assertThat(update.get("before").get("title").asString()).isEqualTo("男士商务袜");
        assertThat(update.get("after").get("title").asString()).isEqualTo("男士纯棉商务袜");
        assertThat(update.get("after").get("description").asString()).isEqualTo("精梳棉");
    }

    @Test
    void wrongTypesAndUnknownFieldsAre400NamingTheFieldAndChangeNothing() {
        JsonNode before = admin.get(base + "/products/" + productId).json();

        Api.Response wrongType = admin.patch(base + "/products/" + productId,
                "{\"priceTiers\": [{\"minQty\": 100, \"price\": 3}, {\"minQty\": 1000, \"price\": \"cheap\"}]}");
        Api.Response unknown = admin.patch(base + "/branding", "{\"slogn\": \"错字\"}");
        Api.Response readOnly = admin.patch(base + "/products/" + productId, "{\"minPrice\": 0.01}");
        Api.Response badDate = admin.patch(base + "/pages/" + pageId, "{\"publishAt\": \"明天\"}");

        assertThat(List.of(wrongType, unknown, readOnly, badDate)).allSatisfy(r -> {
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.json().get("error").asString()).isEqualTo("bad_request");
        });
        assertThat(field(wrongType)).isEqualTo("priceTiers[1].price");
        assertThat(field(unknown)).isEqualTo("slogn");
        assertThat(field(readOnly)).isEqualTo("minPrice");
        assertThat(field(badDate)).isEqualTo("publishAt");
        assertThat(admin.get(base + "/products/" + productId).json()).isEqualTo(before);
    }

    @Test
    void mergePatchOrJsonIsAcceptedAndAJsonPatchIsNot() {
        Api.Response asJson = admin.sendRaw("PATCH", base + "/suppliers/" + supplierId, "application/json",
                "{\"yearsActive\": 7}".getBytes(StandardCharsets.UTF_8));
        assertThat(asJson.status()).as(asJson.toString()).isEqualTo(200);
        assertThat(asJson.json().get("yearsActive").asInt()).isEqualTo(7);

        Api.Response jsonPatch = admin.sendRaw("PATCH", base + "/suppliers/" + supplierId, "application/json-patch+json",
                "[{\"op\": \"replace\", \"path\": \"/yearsActive\", \"value\": 8}]".getBytes(StandardCharsets.UTF_8));
        assertThat(jsonPatch.status()).isEqualTo(415);
        assertThat(jsonPatch.json().get("error").asString()).isEqualTo("unsupported_media_type");

        Api.Response notAnObject = admin.patch(base + "/suppliers/" + supplierId, "[{\"op\": \"replace\"}]");
        assertThat(notAnObject.status()).isEqualTo(400);
        assertThat(admin.get(base + "/suppliers/" + supplierId).json().get("yearsActive").asInt()).isEqualTo(7);
    }

    private static String field(Api.Response response) {
        return response.json().get("details").get(0).get("field").asString();
    }

    private static JsonNode withoutUpdatedAt(JsonNode resource) {
        ObjectNode copy = (ObjectNode) resource.deepCopy();
        copy.remove("updatedAt");
        return copy;
    }
}
