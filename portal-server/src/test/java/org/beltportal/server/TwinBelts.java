package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Two tenants created through the admin API with identical data: the same supplier name, SKU, title,
 * category path and page slug. Isolation tests use them so a leak cannot hide behind different data.
 */
final class TwinBelts {

    final String a;
    final String b;
    final Belt inA;
    final Belt inB;

    /** Ids of one tenant's copy of the shared data. */
    record Belt(String slug, String host, long supplierId, long productId, long pageId, long categoryId) {
    }

    TwinBelts(Api admin) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        a = "twa-" + suffix;
        b = "twb-" + suffix;
        inA = create(admin, a);
        inB = create(admin, b);
    }

    static Map<String, Object> product(String sku, String title, long supplierId) {
        return Map.of("sku", sku, "title", title, "category", "童装/女童/连衣裙", "supplierId", supplierId, "moq", 30,
                "unit", "件", "priceTiers", List.of(Map.of("minQty", 30, "price", "25.80"), Map.of("minQty", 300, "price", "22.50")),
                "attributes", Map.of("材质", "纯棉"));
    }

    static Map<String, Object> supplier(String name) {
        return Map.of("name", name, "creditRating", "4A", "verified", true, "yearsActive", 6,
                "capabilities", List.of("samples", "dropship"));
    }

    static Map<String, Object> page(String slug, String title) {
        return Map.of("slug", slug, "title", title, "body", "<p>同一条新闻</p>", "kind", "news", "status", "published");
    }

    private static Belt create(Api admin, String slug) {
        String host = slug + ".portal.test";
        Api.Response tenant = admin.post("/admin/api/v1/tenants",
                Map.of("slug", slug, "name", "孪生产业带", "hosts", List.of(host), "region", "测试省"));
        assertThat(tenant.status()).as(tenant.toString()).isEqualTo(201);
        String base = "/admin/api/v1/tenants/" + slug;
        long supplierId = created(admin.post(base + "/suppliers", supplier("同名工厂")));
        long productId = created(admin.post(base + "/products", product("SAME-1", "同款女童连衣裙", supplierId)));
        long pageId = created(admin.post(base + "/pages", page("same-news", "同名新闻")));
        long categoryId = created(admin.post(base + "/categories", Map.of("path", "童装/男童")));
        return new Belt(slug, host, supplierId, productId, pageId, categoryId);
    }

    static long created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.id();
    }
}
