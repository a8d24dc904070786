package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * JSON bodies the admin and public APIs cannot bind are 400s that name the field by its JSON path, and
 * an unknown field is refused rather than dropped; faults our own rules find are all reported at once.
 */
class RequestBodyErrorsTest extends PortalServerTest {

    Api admin;
    String slug;
    String base;
    long supplierId;

    @BeforeEach
    void aTenantWithASupplier() {
        admin = admin();
        slug = "body-" + UUID.randomUUID().toString().substring(0, 8);
        base = "/admin/api/v1/tenants/" + slug;
        assertThat(admin.post("/admin/api/v1/tenants", Map.of("slug", slug, "name", "织里童装产业带")).status()).isEqualTo(201);
        supplierId = TwinBelts.created(admin.post(base + "/suppliers", TwinBelts.supplier("织里童装厂")));
    }

    private Api.Response postJson(String path, String json) {
        return admin.sendRaw("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertNamed(Api.Response response, String field, String... messageParts) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("error").asString()).isEqualTo("bad_request");
        assertThat(response.json().get("details").get(0).get("field").asString()).isEqualTo(field);
        if (messageParts.length > 0) {
            assertThat(response.json().get("details").get(0).get("message").asString()).contains(messageParts);
        }
        assertThat(response.json().get("message").asString()).startsWith(field + ": ");
        assertThat(response.body()).doesNotContain("java.", "Exception", "tools.jackson");
    }

    @Test
    void wrongJsonTypesAreNamedByTheirPath() {
        Map<String, Object> product = new HashMap<>(TwinBelts.product("ZL-1", "女童连衣裙", supplierId));
        product.put("moq", "many");
        assertNamed(admin.post(base + "/products", product), "moq", "whole number");

        product.put("moq", 30);
        product.put("priceTiers", List.of(Map.of("minQty", 30, "price", "25.80"), Map.of("minQty", 300, "price", List.of(1))));
        assertNamed(admin.post(base + "/products", product), "priceTiers[1].price", "number");

        product.put("priceTiers", List.of(Map.of("minQty", 30.5, "price", "25.80")));
        assertNamed(admin.post(base + "/products", product), "priceTiers[0].minQty", "whole number");

        Map<String, Object> supplier = new HashMap<>(TwinBelts.supplier("工厂"));
        supplier.put("capabilities", "samples");
        assertNamed(admin.post(base + "/suppliers", supplier), "capabilities", "list");
    }

    @Test
    void badDatesAreNamedWithTheFormExpected() {
        Map<String, Object> page = new HashMap<>(TwinBelts.page("news-1", "新闻"));
        page.put("publishAt", "2026-02-30 08:00");
        assertNamed(admin.post(base + "/pages", page), "publishAt", "ISO-8601");
    }

    @Test
    void unknownFieldsAreRefusedNotDropped() {
        assertNamed(admin.put(base + "/branding", Map.of("primaryColor", "#0b5394", "slogn", "一城一节")), "slogn",
                "slogan");
        assertNamed(postJson("/admin/api/v1/tenants", "{\"slug\": \"typo-" + UUID.randomUUID().toString().substring(0, 8)
                + "\", \"name\": \"错字\", \"timeZone\": \"Asia/Shanghai\"}"), "timeZone", "timezone");
        Map<String, Object> product = new HashMap<>(TwinBelts.product("ZL-2", "女童连衣裙", supplierId));
        product.put("priceTiers", List.of(Map.of("minQty", 30, "price", "25.80", "currency", "CNY")));
        assertNamed(admin.post(base + "/products", product), "priceTiers[0].currency");
        assertThat(admin.get(base + "/branding").json().get("slogan").isNull()).isTrue();
        assertThat(admin.get(base + "/products").json().get("total").asInt()).isZero();
    }

    @Test
    void thePublicInquiryApiNamesFieldsToo() {
        Api buyer = anonymous();
        long productId = TwinBelts.created(admin.post(base + "/products", TwinBelts.product("ZL-3", "女童连衣裙", supplierId)));
        String path = "/t/" + slug + "/api/v1/inquiries";

        assertNamed(buyer.post(path, Map.of("productId", productId, "quantity", "三百", "name", "王丽", "phone", "13805712345")),
                "quantity", "whole number");
        assertNamed(buyer.post(path, Map.of("productId", productId, "quantity", 300, "name", "王丽", "phone", "13805712345",
                "wechat", "wangli")), "wechat");
        assertThat(admin.get(base + "/inquiries").json().get("total").asInt()).isZero();
    }

    @Test
    void everyFaultOurRulesFindIsReportedAtOnce() {
        Map<String, Object> product = new HashMap<>(TwinBelts.product("bad sku!", "女童连衣裙", supplierId + 1_000_000));
        product.put("moq", 0);
        product.put("category", "一/二/三/四/五/六");

        Api.Response response = admin.post(base + "/products", product);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("details").valueStream().map(d -> d.get("field").asString()))
                .contains("sku", "moq", "category", "supplierId");
    }

    @Test
    void textThatIsNoJsonIsStillAPlain400() {
        Api.Response response = postJson(base + "/suppliers", "{\"name\": ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("details")).isNull();
    }
}
