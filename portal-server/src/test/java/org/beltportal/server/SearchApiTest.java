package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.core.testing.Eventually.eventually;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.beltportal.core.product.ProductService;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.search.index.ProductIndexer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The public search API over HTTP: contract shape, tenant scope, and clean answers to bad input. */
class SearchApiTest extends PortalServerTest {

    TwinBelts twins;
    @Autowired
    ProductIndexer indexer;
    @Autowired
    ProductService products;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void twins() {
        twins = new TwinBelts(admin());
        // Admin writes reach the index after commit and become searchable within the refresh interval.
        eventually("both belts' 连衣裙 to be searchable", Duration.ofSeconds(10),
                () -> List.of(total(search(twins.a, q("连衣裙"))), total(search(twins.b, q("连衣裙")))), totals -> !totals.contains(0L));
    }

    private Api.Response search(String slug, String query) {
        return anonymous().get("/t/" + slug + "/api/v1/search?" + query);
    }

    private static Api.Response search(Api api, String query) {
        return api.get("/api/v1/search?" + query);
    }

    private static long total(Api.Response response) {
        return response.json().get("total").asLong();
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void resultHasTheContractShapeAndOnlyThisTenantsProducts() {
        Api.Response response = search(twins.a, q("連衣裙"));
        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("total").asLong()).isEqualTo(1);
        JsonNode item = body.get("items").get(0);
        assertThat(item.get("id").asLong()).isEqualTo(twins.inA.productId());
        assertThat(item.get("sku").asString()).isEqualTo("SAME-1");
        assertThat(item.get("highlight").asString()).contains("<em>");
        assertThat(item.get("price").decimalValue()).isEqualByComparingTo("22.50");
        assertThat(item.get("moq").asInt()).isEqualTo(30);
        assertThat(item.get("supplier").get("id").asLong()).isEqualTo(twins.inA.supplierId());
        assertThat(item.get("supplier").get("creditRating").asString()).isEqualTo("4A");
        assertThat(item.get("supplier").get("verified").asBoolean()).isTrue();
        assertThat(body.get("facets").get("category")).isNotEmpty();
        assertThat(body.has("nextCursor")).isTrue();
    }

    @Test
    void tenantHostSearchesOnlyThatTenant() {
        Api.Response response = search(anonymous().onHost(twins.inB.host()), q("同款"));
        assertThat(response.json().get("items").get(0).get("id").asLong()).isEqualTo(twins.inB.productId());
        assertThat(total(response)).isEqualTo(1);
    }

    @Test
    void resultsPageShowsThisTenantsProductsWithoutJavaScript() {
        Api.Response page = anonymous().get("/t/" + twins.a + "/search?" + q("連衣裙"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("/t/" + twins.a + "/products/" + twins.inA.productId())
                .doesNotContain("/products/" + twins.inB.productId() + "\"")
                .contains("<em>");
        assertThat(anonymous().get("/t/" + twins.a + "/search?size=5000").status()).isEqualTo(400);
    }

    @Test
    void suggestReadsPinyin() {
        Api.Response response = anonymous().get("/t/" + twins.a + "/api/v1/suggest?q=lianyiqun");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("suggestions").get(0).get("productId").asLong()).isEqualTo(twins.inA.productId());
        assertThat(anonymous().get("/t/" + twins.a + "/api/v1/suggest?q=x&size=999").status()).isEqualTo(400);
    }

    @Test
    void badParametersAre400NotErrors() {
        for (String bad : new String[] {"size=100000", "size=0", "rating=9A", "priceMin=abc", "sort=random",
                "cursor=forged", "priceMin=10&priceMax=1", "capability=teleport", "moqMax=-1"}) {
            Api.Response response = search(twins.a, bad);
            assertThat(response.status()).as(bad).isEqualTo(400);
            assertThat(response.json().get("error").asString()).isEqualTo("bad_request");
        }
    }

    @Test
    void hostileTextGetsResults() {
        for (String text : new String[] {"((( [", "title:* OR tenant:*", "\"", "𠀀👗", "\u0001\u0002"}) {
            assertThat(search(twins.a, q(text)).status()).as(text).isEqualTo(200);
        }
    }

    @Test
    void rebuildRunsAsAJobWhileSearchKeepsAnswering() {
        Api admin = admin();
        // A rebuild of a fresh test index may still be running from start-up: that one answers 409.
        Api.Response started = eventually("the start-up rebuild to leave room for another", Duration.ofSeconds(60),
                () -> admin.post("/admin/api/v1/search/rebuild", null), response -> response.status() != 409);
        assertThat(started.status()).isEqualTo(202);
        long jobId = started.json().get("jobId").asLong();

        JsonNode job = eventually("rebuild job " + jobId + " to succeed", Duration.ofSeconds(60), () -> {
            assertThat(total(search(twins.a, q("连衣裙")))).isEqualTo(1);
            JsonNode polled = admin.get("/admin/api/v1/jobs/" + jobId).json();
            assertThat(polled.get("state").asString()).isIn("queued", "running", "succeeded");
            return polled;
        }, polled -> polled.get("state").asString().equals("succeeded"));
        assertThat(job.get("processed").asLong()).isEqualTo(job.get("total").asLong()).isPositive();
        assertThat(total(search(twins.a, q("连衣裙")))).isEqualTo(1);
        assertThat(total(search(twins.b, q("连衣裙")))).isEqualTo(1);
    }

    @Test
    void aKeptIndexCatchesUpWithRowsWrittenWhileItWasNotListening() {
        // As if written while the server was down: straight into the database, so no change event fires.
        JdbcTemplate db = new JdbcTemplate(dataSource);
        long tenant = db.queryForObject("SELECT tenant_id FROM product WHERE id = ?", Long.class, twins.inA.productId());
        Instant since = products.find(new TenantId(tenant), twins.inA.productId()).orElseThrow().updatedAt().plusSeconds(1);
        String word = "catchup" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        db.update("UPDATE product SET title = CONCAT(title, ' ', ?), updated_at = updated_at + INTERVAL 2 SECOND WHERE id = ?",
                word, twins.inA.productId());
        db.update("UPDATE product SET status = 'INACTIVE', updated_at = updated_at + INTERVAL 2 SECOND WHERE id = ?",
                twins.inB.productId());
        assertThat(total(search(twins.a, q(word)))).isZero();
        assertThat(total(search(twins.b, q("连衣裙")))).isEqualTo(1);

        assertThat(indexer.catchUp(since)).isGreaterThanOrEqualTo(2);

        assertThat(total(search(twins.a, q(word)))).isEqualTo(1);
        assertThat(total(search(twins.b, q("连衣裙")))).isZero();
    }

    @Test
    void onlyPlatformAdminsMayRebuild() {
        Api admin = admin();
        String username = "op-" + UUID.randomUUID().toString().substring(0, 8);
        admin.post("/admin/api/v1/users", Map.of("username", username, "password", "operator-password",
                "grants", List.of(Map.of("tenant", twins.a, "role", "region_operator"))));
        Api operator = anonymous().login(username, "operator-password");
        assertThat(operator.post("/admin/api/v1/search/rebuild", null).status()).isEqualTo(403);
    }

    @Test
    void checkComparesEachBeltsIndexWithItsProductsForPlatformAdminsOnly() {
        JsonNode check = admin().get("/admin/api/v1/search/check").json();
        for (String belt : List.of(twins.a, twins.b)) {
            JsonNode comparison = null;
            for (JsonNode each : check.get("belts")) {
                if (each.get("belt").asString().equals(belt)) {
                    comparison = each;
                }
            }
            assertThat(comparison).as(belt).isNotNull();
            assertThat(comparison.get("products").asLong()).isPositive().isEqualTo(comparison.get("documents").asLong());
            assertThat(comparison.get("missing").asLong() + comparison.get("extra").asLong() + comparison.get("stale").asLong())
                    .isZero();
            assertThat(comparison.get("refused").asLong()).as("products the search cluster refused").isZero();
        }

        String username = "op-" + UUID.randomUUID().toString().substring(0, 8);
        admin().post("/admin/api/v1/users", Map.of("username", username, "password", "operator-password",
                "grants", List.of(Map.of("tenant", twins.a, "role", "region_operator"))));
        assertThat(anonymous().login(username, "operator-password").get("/admin/api/v1/search/check").status()).isEqualTo(403);
    }

    @Test
    void nationalSearchIsOnlyOnThePlatformHost() {
        Api.Response national = anonymous().onHost("localhost").get("/api/v1/national/search?" + q("同款女童连衣裙"));
        assertThat(national.status()).isEqualTo(200);
        assertThat(total(national)).isGreaterThanOrEqualTo(2);
        assertThat(anonymous().get("/t/" + twins.a + "/api/v1/national/search?q=x").status()).isEqualTo(404);
    }
}
