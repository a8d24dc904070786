package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two tenants with identical data, and a region operator of A who passes every role check on A. Each
 * test asks A's endpoints for B's rows: only the tenant filter in the data layer stands in the way.
 */
class TenantIsolationTest extends PortalServerTest {

    TwinBelts twins;
    Api admin;
    Api operatorOfA;

    @BeforeEach
    void twinsAndAnOperatorOfA() {
        admin = admin();
        twins = new TwinBelts(admin);
        operatorOfA = newOperatorOf(admin, twins.a);
    }

    private String inA(String path) {
        return "/admin/api/v1/tenants/" + twins.a + path;
    }

    @Test
    void listingsOfAHoldOnlyAsRows() {
        JsonNode products = operatorOfA.get(inA("/products")).json();
        assertThat(products.get("total").asLong()).isEqualTo(1);
        assertThat(products.get("items").get(0).get("id").asLong()).isEqualTo(twins.inA.productId());
        assertThat(operatorOfA.get(inA("/suppliers")).json().get("items")).hasSize(1);
        assertThat(operatorOfA.get(inA("/pages")).json().get("items").get(0).get("id").asLong()).isEqualTo(twins.inA.pageId());
        assertThat(operatorOfA.get(inA("/categories")).body()).doesNotContain("\"id\":" + twins.inB.categoryId() + ",");
        assertThat(operatorOfA.get("/admin/api/v1/tenants").json()).singleElement()
                .satisfies(tenant -> assertThat(tenant.get("slug").asString()).isEqualTo(twins.a));
    }

    @Test
    void readingBsRowsThroughAIsNotFound() {
        assertThat(operatorOfA.get(inA("/products/" + twins.inB.productId())).status()).isEqualTo(404);
        assertThat(operatorOfA.get(inA("/suppliers/" + twins.inB.supplierId())).status()).isEqualTo(404);
        assertThat(operatorOfA.get(inA("/pages/" + twins.inB.pageId())).status()).isEqualTo(404);
    }

    @Test
    void writingBsRowsThroughAIsNotFoundAndChangesNothing() {
        Map<String, Object> product = TwinBelts.product("SAME-1", "改掉别人的商品", twins.inA.supplierId());
        assertThat(operatorOfA.put(inA("/products/" + twins.inB.productId()), product).status()).isEqualTo(404);
        assertThat(operatorOfA.put(inA("/suppliers/" + twins.inB.supplierId()), TwinBelts.supplier("改名")).status()).isEqualTo(404);
        assertThat(operatorOfA.put(inA("/pages/" + twins.inB.pageId()), TwinBelts.page("same-news", "改标题")).status()).isEqualTo(404);
        assertThat(operatorOfA.delete(inA("/products/" + twins.inB.productId())).status()).isEqualTo(404);
        assertThat(operatorOfA.delete(inA("/suppliers/" + twins.inB.supplierId())).status()).isEqualTo(404);
        assertThat(operatorOfA.delete(inA("/pages/" + twins.inB.pageId())).status()).isEqualTo(404);
        assertThat(operatorOfA.delete(inA("/categories/" + twins.inB.categoryId())).status()).isEqualTo(404);

        String inB = "/admin/api/v1/tenants/" + twins.b;
        assertThat(admin.get(inB + "/products/" + twins.inB.productId()).json().get("title").asString()).isEqualTo("同款女童连衣裙");
        assertThat(admin.get(inB + "/suppliers/" + twins.inB.supplierId()).json().get("name").asString()).isEqualTo("同名工厂");
        assertThat(admin.get(inB + "/pages/" + twins.inB.pageId()).json().get("title").asString()).isEqualTo("同名新闻");
    }

    @Test
    void patchingBsRowsThroughAIsNotFoundAndChangesNothing() {
        assertThat(operatorOfA.patch(inA("/products/" + twins.inA.productId()), "{\"moq\": 40}").status()).isEqualTo(200);

        assertThat(operatorOfA.patch(inA("/products/" + twins.inB.productId()), "{\"title\": \"改掉别人的商品\"}").status()).isEqualTo(404);
        assertThat(operatorOfA.patch(inA("/suppliers/" + twins.inB.supplierId()), "{\"name\": \"改名\"}").status()).isEqualTo(404);
        assertThat(operatorOfA.patch(inA("/pages/" + twins.inB.pageId()), "{\"title\": \"改标题\"}").status()).isEqualTo(404);

        String inB = "/admin/api/v1/tenants/" + twins.b;
        assertThat(admin.get(inB + "/products/" + twins.inB.productId()).json().get("title").asString()).isEqualTo("同款女童连衣裙");
        assertThat(admin.get(inB + "/products/" + twins.inB.productId()).json().get("moq").asInt()).isEqualTo(30);
        assertThat(admin.get(inB + "/suppliers/" + twins.inB.supplierId()).json().get("name").asString()).isEqualTo("同名工厂");
        assertThat(admin.get(inB + "/pages/" + twins.inB.pageId()).json().get("title").asString()).isEqualTo("同名新闻");
    }

    @Test
    void patchingBsOwnPathsIsForbidden() {
        String inB = "/admin/api/v1/tenants/" + twins.b;
        assertThat(operatorOfA.patch(inB, "{\"name\": \"占领\"}").status()).isEqualTo(403);
        assertThat(operatorOfA.patch(inB + "/branding", "{\"slogan\": \"占领\"}").status()).isEqualTo(403);
        assertThat(operatorOfA.patch(inB + "/products/" + twins.inB.productId(), "{\"title\": \"占领\"}").status()).isEqualTo(403);
        assertThat(operatorOfA.patch(inB + "/suppliers/" + twins.inB.supplierId(), "{\"name\": \"占领\"}").status()).isEqualTo(403);
        assertThat(operatorOfA.patch(inB + "/pages/" + twins.inB.pageId(), "{\"title\": \"占领\"}").status()).isEqualTo(403);
        assertThat(admin.get(inB).json().get("name").asString()).isEqualTo("孪生产业带");
        assertThat(admin.get(inB + "/branding").json().get("slogan").isNull()).isTrue();
    }

    @Test
    void upsertBySkuInAUpdatesAsCopyOnly() {
        Map<String, Object> product = TwinBelts.product("SAME-1", "A 改了自己的", twins.inA.supplierId());
        Api.Response response = operatorOfA.put(inA("/products"), product);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.id()).isEqualTo(twins.inA.productId());
        assertThat(admin.get("/admin/api/v1/tenants/" + twins.b + "/products/" + twins.inB.productId())
                .json().get("title").asString()).isEqualTo("同款女童连衣裙");
    }

    @Test
    void productInACannotUseBsSupplier() {
        Api.Response response = operatorOfA.post(inA("/products"), TwinBelts.product("NEW-1", "借用供应商", twins.inB.supplierId()));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("details").get(0).get("field").asString()).isEqualTo("supplierId");
    }

    @Test
    void operatorOfAIsForbiddenOnB() {
        String inB = "/admin/api/v1/tenants/" + twins.b;
        assertThat(operatorOfA.get(inB + "/products").status()).isEqualTo(403);
        assertThat(operatorOfA.get(inB).status()).isEqualTo(403);
        assertThat(operatorOfA.put(inB + "/branding", Map.of("primaryColor", "#000000")).status()).isEqualTo(403);
        assertThat(operatorOfA.get("/admin/api/v1/audit?tenant=" + twins.b).status()).isEqualTo(403);
    }

    @Test
    void auditOfAHoldsOnlyAsEntries() {
        JsonNode entries = operatorOfA.get("/admin/api/v1/audit?tenant=" + twins.a + "&limit=200").json().get("items");
        assertThat(entries).isNotEmpty();
        entries.forEach(entry -> assertThat(entry.toString()).doesNotContain(twins.b));
    }

    @Test
    void publicProductPageOfBIsNotFoundOnA() {
        Api onHostOfA = anonymous().onHost(twins.inA.host());
        assertThat(onHostOfA.get("/products/" + twins.inA.productId()).status()).isEqualTo(200);
        assertThat(onHostOfA.get("/products/" + twins.inB.productId()).status()).isEqualTo(404);
        assertThat(anonymous().get("/t/" + twins.a + "/products/" + twins.inB.productId()).status()).isEqualTo(404);
        assertThat(anonymous().get("/t/" + twins.b + "/products/" + twins.inB.productId()).status()).isEqualTo(200);
    }

    @Test
    void tenantHostDoesNotServeAnotherTenantByPrefix() {
        Api onHostOfA = anonymous().onHost(twins.inA.host());
        assertThat(onHostOfA.get("/t/" + twins.b + "/products/" + twins.inB.productId()).status()).isEqualTo(404);
    }
}
