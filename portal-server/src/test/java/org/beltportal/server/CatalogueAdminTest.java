package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.core.testing.Eventually.eventually;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The catalogue admin API below the console's screens: filtered listings paged by cursor, bulk changes
 * that are all or nothing, and category rename and move; with twin belts whose rows look alike, so a
 * missing tenant condition would show.
 */
class CatalogueAdminTest extends PortalServerTest {

    TwinBelts twins;
    Api admin;
    String base;

    @BeforeEach
    void twins() {
        admin = admin();
        twins = new TwinBelts(admin);
        base = "/admin/api/v1/tenants/" + twins.a;
    }

    long product(String slug, String sku, String title, String category, long supplierId, List<String> images) {
        Map<String, Object> body = new HashMap<>(TwinBelts.product(sku, title, supplierId));
        body.put("category", category);
        body.put("images", images);
        return TwinBelts.created(admin.post("/admin/api/v1/tenants/" + slug + "/products", body));
    }

    List<String> skus(JsonNode page) {
        List<String> skus = new ArrayList<>();
        page.get("items").forEach(item -> skus.add(item.get("sku").asString()));
        return skus;
    }

    JsonNode list(String query) {
        Api.Response response = admin.get(base + "/products?" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void productListFiltersByCategoryWithItsSubcategoriesByImagesAndByText() {
        long supplier = twins.inA.supplierId();
        product(twins.a, "F-1", "女童背心", "童装/女童/背心", supplier, List.of("/img/1.jpg"));
        product(twins.a, "F-2", "男童短裤", "童装/男童", supplier, List.of());
        product(twins.a, "F-3", "毛巾 纯棉", "家纺/毛巾", supplier, List.of());
        product(twins.b, "F-4", "女童背心", "童装/女童/背心", twins.inB.supplierId(), List.of());
        long kidsWear = categoryId(twins.a, "童装");

        assertThat(skus(list("categoryId=" + kidsWear + "&q=F-"))).containsExactly("F-2", "F-1");
        assertThat(skus(list("categoryId=" + kidsWear + "&missingImages=true"))).containsExactlyInAnyOrder("F-2", "SAME-1");
        assertThat(skus(list("missingImages=false"))).containsExactly("F-1");
        assertThat(skus(list("q=" + encoded("背心")))).containsExactly("F-1");
        assertThat(list("q=" + encoded("背心")).get("total").asLong()).isEqualTo(1);
        assertThat(skus(list("supplierId=" + twins.inB.supplierId()))).isEmpty();
        // Belt B's category answers like a free id: nothing, not B's products.
        assertThat(skus(list("categoryId=" + categoryId(twins.b, "童装")))).isEmpty();
    }

    @Test
    void cursorPagingWalksEveryProductOnceInEachOrder() {
        List<String> created = new ArrayList<>(List.of("SAME-1"));
        for (int i = 1; i <= 7; i++) {
            String sku = "P-" + (char) ('H' - i);
            product(twins.a, sku, "分页商品" + i, "童装/女童/连衣裙", twins.inA.supplierId(), List.of());
            created.add(sku);
        }
        for (String sort : List.of("newest", "oldest", "sku")) {
            List<String> walked = new ArrayList<>();
            JsonNode page = list("size=3&sort=" + sort);
            walked.addAll(skus(page));
            while (!page.get("nextCursor").isNull()) {
                assertThat(page.get("total").asLong()).isEqualTo(8);
                page = list("size=3&sort=" + sort + "&cursor=" + page.get("nextCursor").asString());
                walked.addAll(skus(page));
            }
            assertThat(walked).as(sort).containsExactlyInAnyOrderElementsOf(created).doesNotHaveDuplicates();
            if (sort.equals("sku")) {
                assertThat(walked).isSorted();
            }
        }
    }

    @Test
    void aForeignOrForgedCursorIs422() {
        String supplierCursor = admin.get(base + "/suppliers?size=1").json().get("nextCursor").asString();
        for (String cursor : List.of("not-a-cursor", supplierCursor, "cHJvZHVjdHMtbmV3ZXN0H2Ryb3AgdGFibGU")) {
            Api.Response response = admin.get(base + "/products?cursor=" + cursor);
            assertThat(response.status()).as(cursor).isEqualTo(422);
            assertThat(response.json().get("details").get(0).get("field").asString()).isEqualTo("cursor");
        }
        assertThat(admin.get(base + "/products?sort=price").status()).isEqualTo(422);
        assertThat(admin.get(base + "/products?page=1000&size=50").status()).isEqualTo(422);
    }

    @Test
    void supplierListFiltersByVerifiedRatingAndNameOrCode() {
        Map<String, Object> small = new HashMap<>(TwinBelts.supplier("小作坊"));
        small.put("verified", false);
        small.put("creditRating", "2A");
        small.put("code", "XZF-01");
        long smallId = TwinBelts.created(admin.post(base + "/suppliers", small));

        JsonNode unverified = admin.get(base + "/suppliers?verified=false").json();
        assertThat(unverified.get("items")).extracting(s -> s.get("id").asLong()).containsExactly(smallId);
        assertThat(admin.get(base + "/suppliers?creditRating=2A").json().get("total").asLong()).isEqualTo(1);
        assertThat(admin.get(base + "/suppliers?q=xzf").json().get("items").get(0).get("code").asString()).isEqualTo("XZF-01");
        assertThat(admin.get(base + "/suppliers?creditRating=6A").status()).isEqualTo(422);

        Map<String, Object> sameCode = new HashMap<>(TwinBelts.supplier("另一家"));
        sameCode.put("code", "xzf-01");
        assertThat(admin.post(base + "/suppliers", sameCode).status()).isEqualTo(409);
        // Codes are unique per belt: belt B may use the same one.
        assertThat(admin.post("/admin/api/v1/tenants/" + twins.b + "/suppliers", sameCode).status()).isEqualTo(201);
    }

    @Test
    void bulkDeactivateChangesEveryProductAndTheSearchIndex() {
        long first = product(twins.a, "B-1", "批量羽绒服一", "服装/羽绒服", twins.inA.supplierId(), List.of());
        long second = product(twins.a, "B-2", "批量羽绒服二", "服装/羽绒服", twins.inA.supplierId(), List.of());
        eventually("both to be searchable", Duration.ofSeconds(5), () -> searchTotal(twins.a, "批量羽绒服"), total -> total == 2);

        Api.Response done = admin.post(base + "/products/bulk", Map.of("action", "deactivate", "ids", List.of(first, second)));

        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().get("count").asInt()).isEqualTo(2);
        assertThat(skus(list("status=inactive"))).containsExactlyInAnyOrder("B-1", "B-2");
        assertThat(searchTotal(twins.a, "批量羽绒服")).isZero();
        JsonNode audit = admin.get("/admin/api/v1/audit?tenant=" + twins.a + "&limit=200").json().get("items");
        assertThat(audit).filteredOn(e -> e.get("action").asString().equals("product.update")
                        && e.get("after").get("status").asString().equals("inactive"))
                .extracting(e -> e.get("entityId").asString()).containsExactlyInAnyOrder(first + "", second + "");

        admin.post(base + "/products/bulk", Map.of("action", "activate", "ids", List.of(first)));
        assertThat(searchTotal(twins.a, "批量羽绒服")).isEqualTo(1);
    }

    @Test
    void bulkWithOneIdOfAnotherBeltChangesNothingAnywhere() {
        long mine = product(twins.a, "X-1", "本带商品", "服装/羽绒服", twins.inA.supplierId(), List.of());
        JsonNode beforeA = list("size=200");
        JsonNode beforeB = admin.get("/admin/api/v1/tenants/" + twins.b + "/products").json();

        for (String action : List.of("deactivate", "delete")) {
            Api.Response refused = admin.post(base + "/products/bulk",
                    Map.of("action", action, "ids", List.of(mine, twins.inB.productId())));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
            assertThat(refused.body()).contains("nothing was changed");
        }
        Api.Response intoForeignCategory = admin.post(base + "/products/bulk",
                Map.of("action", "move", "ids", List.of(mine), "categoryId", twins.inB.categoryId()));
        assertThat(intoForeignCategory.status()).isEqualTo(422);
        assertThat(intoForeignCategory.json().get("details").get(0).get("field").asString()).isEqualTo("categoryId");

        assertThat(list("size=200")).isEqualTo(beforeA);
        assertThat(admin.get("/admin/api/v1/tenants/" + twins.b + "/products").json()).isEqualTo(beforeB);
    }

    @Test
    void bulkMovesAndDeletesAndRefusesOversizedOrIncompleteRequests() {
        long first = product(twins.a, "M-1", "移动商品一", "服装/羽绒服", twins.inA.supplierId(), List.of());
        long second = product(twins.a, "M-2", "移动商品二", "服装/羽绒服", twins.inA.supplierId(), List.of());

        Api.Response moved = admin.post(base + "/products/bulk",
                Map.of("action", "move", "ids", List.of(first, second, first), "categoryId", twins.inA.categoryId()));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().get("count").asInt()).isEqualTo(2);
        assertThat(admin.get(base + "/products/" + first).json().get("category").asString()).isEqualTo("童装/男童");

        Api.Response deleted = admin.post(base + "/products/bulk", Map.of("action", "delete", "ids", List.of(first, second)));
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(admin.get(base + "/products/" + second).status()).isEqualTo(404);

        List<Long> tooMany = LongStream.rangeClosed(1, 1001).boxed().toList();
        Api.Response oversized = admin.post(base + "/products/bulk", Map.of("action", "delete", "ids", tooMany));
        assertThat(oversized.status()).isEqualTo(422);
        assertThat(oversized.json().get("details").get(0).get("field").asString()).isEqualTo("ids");
        assertThat(admin.post(base + "/products/bulk", Map.of("action", "move", "ids", List.of(twins.inA.productId())))
                .status()).isEqualTo(422);
        assertThat(admin.post(base + "/products/bulk", Map.of("action", "archive", "ids", List.of(twins.inA.productId())))
                .status()).isEqualTo(422);
        assertThat(admin.post(base + "/products/bulk", Map.of("action", "delete", "ids", List.of())).status()).isEqualTo(422);
    }

    @Test
    void renamingAndMovingACategoryCarriesItsSubtreeAndProducts() {
        long dress = product(twins.a, "C-1", "改名连衣裙", "童装/女童/连衣裙", twins.inA.supplierId(), List.of());
        long girls = categoryId(twins.a, "童装/女童");
        long home = TwinBelts.created(admin.post(base + "/categories", Map.of("path", "家纺")));

        long kidsWear = categoryId(twins.a, "童装");
        Api.Response renamed = admin.put(base + "/categories/" + girls, Map.of("name", "女孩", "parentId", kidsWear));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().get("path").asString()).isEqualTo("童装/女孩");
        assertThat(admin.get(base + "/products/" + dress).json().get("category").asString()).isEqualTo("童装/女孩/连衣裙");

        Map<String, Object> underHome = new HashMap<>();
        underHome.put("name", "女孩");
        underHome.put("parentId", home);
        assertThat(admin.put(base + "/categories/" + girls, underHome).json().get("path").asString()).isEqualTo("家纺/女孩");
        assertThat(admin.get(base + "/products/" + dress).json().get("category").asString()).isEqualTo("家纺/女孩/连衣裙");
        eventually("the product's new path in search", Duration.ofSeconds(5),
                () -> anonymous().get("/t/" + twins.a + "/api/v1/search?q=" + encoded("改名连衣裙")).json(),
                found -> found.get("total").asLong() == 1);

        Map<String, Object> intoItself = new HashMap<>();
        intoItself.put("name", "女孩");
        intoItself.put("parentId", categoryId(twins.a, "家纺/女孩/连衣裙"));
        assertThat(admin.put(base + "/categories/" + girls, intoItself).status()).isEqualTo(422);
        // PUT replaces name and parent: without parentId the category goes to the top level, where 童装 is.
        assertThat(admin.put(base + "/categories/" + girls, Map.of("name", "童装")).status()).isEqualTo(409);
        assertThat(admin.put(base + "/categories/" + girls, Map.of("name", "a/b")).status()).isEqualTo(422);
        assertThat(admin.put(base + "/categories/" + twins.inB.categoryId(), Map.of("name", "偷改")).status()).isEqualTo(404);
        assertThat(admin.delete(base + "/categories/" + girls).status()).isEqualTo(409);
        assertThat(categoryId(twins.b, "童装/男童")).isEqualTo(twins.inB.categoryId());
    }

    long categoryId(String slug, String path) {
        JsonNode tree = admin.get("/admin/api/v1/tenants/" + slug + "/categories").json();
        List<JsonNode> nodes = new ArrayList<>();
        tree.forEach(nodes::add);
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            if (node.get("path").asString().equals(path)) {
                return node.get("id").asLong();
            }
            node.get("children").forEach(nodes::add);
        }
        throw new AssertionError("no category " + path + " in " + slug);
    }

    long searchTotal(String slug, String query) {
        return anonymous().get("/t/" + slug + "/api/v1/search?q=" + encoded(query)).json().get("total").asLong();
    }
}
