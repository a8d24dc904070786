package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The console's catalogue screens over real HTTP, attacked: another belt's slug and ids in every URL and form, CSRF
 * missing or foreign on every post, script in every text field, bad input kept with its problem beside the field.
 * Two belts with the same data (TwinBelts), so a leak cannot hide behind different names. Every page through W3C Nu.
 */
class CatalogueConsoleTest extends ConsoleScreenTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    private String a() {
        return "/admin/belts/" + twins.a;
    }

    private static List<Map.Entry<String, String>> fields(String... pairs) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.add(Map.entry(pairs[i], pairs[i + 1]));
        }
        return fields;
    }

    private Api.Response post(ConsoleSession session, String path, String... pairs) {
        return session.postFields(path, fields(pairs), session.csrfToken());
    }

    @Test
    void everyPageIsValidInBothLanguagesAndTheBeltsHomeLinksToProductsWithoutImages() {
        ConsoleSession operator = personOfA("region_operator");
        TwinBelts.Belt in = twins.inA;
        for (String lang : List.of("zh-CN", "en")) {
            for (String path : List.of("/suppliers", "/suppliers?q=%E5%90%8C%E5%90%8D", "/suppliers/new", "/suppliers/" + in.supplierId(),
                    "/suppliers/" + in.supplierId() + "/delete", "/products", "/products?status=active&missingImages=true&categoryId="
                            + in.categoryId() + "&supplierId=" + in.supplierId() + "&q=SAME", "/products/new",
                    "/products/" + in.productId(), "/categories", "/categories/" + in.categoryId(),
                    "/categories/" + in.categoryId() + "/delete")) {
                page(operator, a() + path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
            }
        }
        String home = page(operator, a() + "/?lang=zh-CN");
        assertThat(home).contains("href=\"/admin/belts/" + twins.a + "/products?missingImages=true\"")
                .contains("href=\"/admin/belts/" + twins.a + "/products\"").contains(">供应商<").contains(">分类<");
        assertThat(page(operator, a() + "/products?missingImages=true")).contains("同款女童连衣裙");
        assertThat(page(operator, a() + "/products?missingImages=false")).doesNotContain("同款女童连衣裙");
        assertThat(page(operator, a() + "/products?status=nonsense&categoryId=x&cursor=not-a-cursor"))
                .as("a link someone edited shows the list").contains("同款女童连衣裙");
    }

    @Test
    void anotherBeltsSlugAndIdsAreRefusedInEveryUrlAndForm() {
        ConsoleSession operator = personOfA("region_operator");
        String b = "/admin/belts/" + twins.b;
        for (String path : List.of("/suppliers", "/suppliers/new", "/products", "/products/new", "/categories",
                "/products/" + twins.inB.productId(), "/categories/" + twins.inB.categoryId())) {
            assertThat(operator.get(b + path).status()).as("B's slug: " + path).isEqualTo(403);
        }
        for (String path : List.of("/suppliers/" + twins.inB.supplierId(), "/suppliers/" + twins.inB.supplierId() + "/delete",
                "/products/" + twins.inB.productId(), "/categories/" + twins.inB.categoryId(),
                "/categories/" + twins.inB.categoryId() + "/delete")) {
            Api.Response refused = operator.get(a() + path);
            assertThat(refused.status()).as("B's id in A's URL: " + path).isEqualTo(404);
            valid(path, refused);
            assertThat(post(operator, a() + path, "name", "taken over", "parentId", "").status()).as("post " + path).isEqualTo(404);
        }
        assertThat(post(operator, b + "/products/bulk", "action", "deactivate", "ids", Long.toString(twins.inB.productId())).status())
                .isEqualTo(403);

        Api.Response bulk = post(operator, a() + "/products/bulk", "action", "deactivate", "ids", Long.toString(twins.inA.productId()),
                "ids", Long.toString(twins.inB.productId()));
        assertThat(bulk.status()).as("one of B's ids fails the whole bulk").isEqualTo(404);
        assertThat(post(operator, a() + "/products/bulk", "action", "delete", "ids", Long.toString(twins.inB.productId())).status())
                .as("the delete confirmation names no product of B").isEqualTo(404);
        Api.Response moved = post(operator, a() + "/products/bulk", "action", "move", "ids", Long.toString(twins.inA.productId()),
                "moveTo", Long.toString(twins.inB.categoryId()));
        assertThat(moved.status()).isEqualTo(303);
        assertThat(page(operator, a() + "/products")).contains("role=\"alert\"").contains("没有执行");
        Api admin = admin();
        assertThat(admin.get("/admin/api/v1/tenants/" + twins.a + "/products/" + twins.inA.productId()).json().get("status").asString())
                .isEqualTo("active");
        assertThat(admin.get("/admin/api/v1/tenants/" + twins.b + "/products/" + twins.inB.productId()).json().get("status").asString())
                .isEqualTo("active");
        assertThat(admin.get("/admin/api/v1/tenants/" + twins.a + "/products/" + twins.inA.productId()).json().get("category").asString())
                .isEqualTo("童装/女童/连衣裙");

        Api.Response product = post(operator, a() + "/products/new", "sku", "B-SUPPLIER", "title", "借用供应商", "supplierId",
                Long.toString(twins.inB.supplierId()), "moq", "1", "tierMinQty", "1", "tierPrice", "9.90", "status", "active");
        assertThat(product.status()).isEqualTo(422);
        assertThat(valid("product with B's supplier", product)).contains("id=\"supplierId-error\"").contains("本产业带没有编号为");
        Api.Response child = post(operator, a() + "/categories", "parentId", Long.toString(twins.inB.categoryId()), "name", "借来的");
        assertThat(child.status()).isEqualTo(422);
        assertThat(valid("category under B's", child)).contains("id=\"parentId-error\"");
        Api.Response move = post(operator, a() + "/categories/" + twins.inA.categoryId(), "name", "男童",
                "parentId", Long.toString(twins.inB.categoryId()));
        assertThat(move.status()).isEqualTo(422);
        assertThat(valid("category moved under B's", move)).contains("id=\"parentId-error\"");

        assertThat(page(operator, a() + "/products?supplierId=" + twins.inB.supplierId())).contains("共 0 个商品");
        assertThat(page(operator, a() + "/products?categoryId=" + twins.inB.categoryId())).contains("共 0 个商品");
    }

    @Test
    void aReaderSeesTheListsButNoFormAndIsRefusedEveryWrite() {
        ConsoleSession reader = personOfA("campaign_manager");
        assertThat(page(reader, a() + "/products")).contains("同款女童连衣裙").doesNotContain("/products/new")
                .doesNotContain("name=\"ids\"");
        assertThat(page(reader, a() + "/suppliers")).contains("同名工厂").doesNotContain("/suppliers/new");
        assertThat(page(reader, a() + "/categories")).contains("男童").doesNotContain("/delete");
        assertThat(reader.get(a() + "/products/new").status()).isEqualTo(403);
        assertThat(post(reader, a() + "/suppliers/new", "name", "不该有", "creditRating", "3A").status()).isEqualTo(403);
        assertThat(post(reader, a() + "/products/bulk", "action", "delete", "ids", Long.toString(twins.inA.productId()),
                "confirmed", "yes").status()).isEqualTo(403);
        assertThat(post(reader, a() + "/categories/" + twins.inA.categoryId() + "/delete").status()).isEqualTo(403);
    }

    @Test
    void everyCataloguePostRefusesAMissingOrForeignCsrfToken() {
        ConsoleSession operator = personOfA("region_operator");
        ConsoleSession stranger = personOfA("region_operator");
        TwinBelts.Belt in = twins.inA;
        List<String> posts = List.of("/suppliers/new", "/suppliers/" + in.supplierId(), "/suppliers/" + in.supplierId() + "/delete",
                "/products/new", "/products/" + in.productId(), "/products/bulk", "/categories",
                "/categories/" + in.categoryId(), "/categories/" + in.categoryId() + "/delete");
        List<Map.Entry<String, String>> form = fields("name", "伪造", "creditRating", "1A", "action", "delete", "confirmed", "yes",
                "ids", Long.toString(in.productId()), "parentId", "");
        for (String path : posts) {
            assertThat(operator.postFields(a() + path, form, null).status()).as("no token: " + path).isEqualTo(403);
            assertThat(operator.postFields(a() + path, form, stranger.csrfToken()).status()).as("foreign token: " + path).isEqualTo(403);
        }
        assertThat(admin().get("/admin/api/v1/tenants/" + twins.a + "/products/" + in.productId()).status()).isEqualTo(200);
    }

    @Test
    void scriptInEveryTextFieldIsShownAsText() {
        ConsoleSession operator = personOfA("region_operator");
        String code = "X" + UUID.randomUUID().toString().substring(0, 6);
        Api.Response supplier = post(operator, a() + "/suppliers/new", "name", SCRIPT + "厂", "code", code, "creditRating", "3A",
                "yearsActive", "2", "location", SCRIPT + "湖州", "employees", "5", "factoryArea", "100", "description", SCRIPT + "简介");
        assertThat(supplier.status()).as(supplier.toString()).isEqualTo(303);
        long supplierId = admin().get("/admin/api/v1/tenants/" + twins.a + "/suppliers?q=" + code).json().get("items").get(0).get("id").asLong();
        String sku = "XSS-" + UUID.randomUUID().toString().substring(0, 6);
        Api.Response product = post(operator, a() + "/products/new", "sku", sku, "title", SCRIPT + "标题", "titleEn", SCRIPT + "title",
                "category", "", "supplierId", Long.toString(supplierId), "unit", "件", "moq", "2", "status", "active",
                "tierMinQty", "2", "tierPrice", "3.50", "attributeKey", SCRIPT + "键", "attributeValue", SCRIPT + "值",
                "image", "https://img.example.com/a.png", "description", SCRIPT + "描述");
        assertThat(product.status()).as(product.body()).isEqualTo(303);
        Api.Response category = post(operator, a() + "/categories", "parentId", "", "name", SCRIPT + "分类");
        assertThat(category.status()).isEqualTo(303);
        long productId = admin().get("/admin/api/v1/tenants/" + twins.a + "/products?q=" + sku).json().get("items").get(0).get("id").asLong();

        for (String path : List.of("/suppliers", "/suppliers/" + supplierId, "/products", "/products/" + productId, "/categories")) {
            assertThat(page(operator, a() + path)).as(path).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)");
        }
        Api.Response confirm = post(operator, a() + "/products/bulk", "action", "delete", "ids", Long.toString(productId));
        assertThat(valid("bulk delete", confirm)).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt;标题");
        Api.Response typed = post(operator, a() + "/products/new", "sku", "bad sku", "title", SCRIPT, "moq", "many",
                "tierMinQty", "1", "tierPrice", "1");
        assertThat(valid("typed script kept", typed)).doesNotContain("<script>alert").contains("value=\"&lt;script&gt;");
    }

    @Test
    void badInputIsShownBesideItsFieldWithWhatWasTypedKept() {
        ConsoleSession operator = personOfA("region_operator");
        Api.Response product = post(operator, a() + "/products/new", "sku", "KEEP-1", "title", "保留的标题", "supplierId",
                Long.toString(twins.inA.supplierId()), "moq", "十件", "status", "active",
                "tierMinQty", "10", "tierPrice", "12.5元", "tierMinQty", "", "tierPrice", "",
                "attributeKey", "材质", "attributeValue", "纯棉", "image", "javascript:alert(1)");
        assertThat(product.status()).isEqualTo(422);
        String page = valid("product errors", product);
        assertThat(page).contains("请更正以下问题").contains("href=\"#priceTiers-0.price\"").contains("href=\"#moq\"")
                .contains("value=\"保留的标题\"").contains("value=\"十件\"").contains("value=\"12.5元\"").contains("value=\"纯棉\"")
                .contains("id=\"priceTiers-0.price\" name=\"tierPrice\" type=\"text\" value=\"12.5元\"").contains("aria-invalid=\"true\"")
                .as("the blank row was dropped").doesNotContain("id=\"priceTiers-1.minQty\"");
        Api.Response image = post(operator, a() + "/products/new", "sku", "KEEP-2", "title", "图片不对", "supplierId",
                Long.toString(twins.inA.supplierId()), "moq", "1", "tierMinQty", "1", "tierPrice", "1", "image", "javascript:alert(1)");
        assertThat(valid("image error", image)).contains("href=\"#images-0\"").contains("id=\"images-0-error\"")
                .contains("value=\"javascript:alert(1)\"");
        Api.Response taken = post(operator, a() + "/products/new", "sku", "SAME-1", "title", "重复货号", "supplierId",
                Long.toString(twins.inA.supplierId()), "moq", "1", "tierMinQty", "1", "tierPrice", "1");
        assertThat(valid("sku taken", taken)).contains("id=\"sku-error\"").contains("value=\"重复货号\"");

        Api.Response supplier = post(operator, a() + "/suppliers/new", "name", "保留的厂名", "creditRating", "9A", "yearsActive", "好多年",
                "capabilities", "samples");
        assertThat(supplier.status()).isEqualTo(422);
        assertThat(valid("supplier errors", supplier)).contains("href=\"#creditRating\"").contains("href=\"#yearsActive\"")
                .contains("value=\"保留的厂名\"").contains("value=\"好多年\"").contains("value=\"samples\" class=\"check\" checked");
        Api.Response email = post(operator, a() + "/suppliers/new", "name", "邮箱不对的厂", "creditRating", "2A", "contactEmail", "销售部");
        assertThat(email.status()).isEqualTo(422);
        assertThat(valid("supplier email error", email)).contains("href=\"#contactEmail\"").contains("id=\"contactEmail-error\"")
                .contains("value=\"销售部\"");
        Api.Response category = post(operator, a() + "/categories/" + twins.inA.categoryId(), "name", "", "parentId", "");
        assertThat(valid("category errors", category)).contains("href=\"#name\"").contains("id=\"name-error\"");
    }

    @Test
    void rowButtonsAddAndRemoveRowsKeepingWhatWasTyped() {
        ConsoleSession operator = personOfA("region_operator");
        Api.Response added = post(operator, a() + "/products/new", "sku", "ROWS-1", "title", "加一档", "tierMinQty", "10",
                "tierPrice", "5.00", "edit", "addTier");
        assertThat(added.status()).isEqualTo(200);
        assertThat(valid("tier added", added)).contains("value=\"加一档\"").contains("id=\"priceTiers-1.minQty\"")
                .contains("id=\"priceTiers-0.price\" name=\"tierPrice\" type=\"text\" value=\"5.00\"");
        Api.Response removed = post(operator, a() + "/products/new", "title", "减一档", "tierMinQty", "10", "tierPrice", "5.00",
                "tierMinQty", "100", "tierPrice", "4.00", "attributeKey", "颜色", "attributeValue", "红", "edit", "removeTier:0");
        assertThat(valid("tier removed", removed)).contains("value=\"100\"").doesNotContain("value=\"5.00\"")
                .doesNotContain("id=\"priceTiers-1.minQty\"").contains("value=\"红\"");
        assertThat(valid("image added", post(operator, a() + "/products/new", "edit", "addImage"))).contains("list=\"media-urls\"");
    }

    @Test
    void bulkDeleteAsksFirstNamingHowManyAndCategoryDeletionIsRefusedWhileInUse() {
        ConsoleSession operator = personOfA("region_operator");
        String base = "/admin/api/v1/tenants/" + twins.a;
        Api admin = admin();
        long first = TwinBelts.created(admin.post(base + "/products", TwinBelts.product("BULK-" + UUID.randomUUID().toString().substring(0, 6),
                "批量一", twins.inA.supplierId())));
        long second = TwinBelts.created(admin.post(base + "/products", TwinBelts.product("BULK-" + UUID.randomUUID().toString().substring(0, 6),
                "批量二", twins.inA.supplierId())));
        Api.Response confirm = post(operator, a() + "/products/bulk", "action", "delete", "ids", Long.toString(first),
                "ids", Long.toString(second), "q", "批量", "missingImages", "true");
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(valid("bulk delete confirm", confirm)).contains("确定删除以下 2 个商品吗").contains("批量一").contains("批量二")
                .contains("name=\"confirmed\" value=\"yes\"");
        assertThat(admin.get(base + "/products/" + first).status()).as("nothing deleted before confirming").isEqualTo(200);

        Api.Response deleted = post(operator, a() + "/products/bulk", "action", "delete", "ids", Long.toString(first),
                "ids", Long.toString(second), "confirmed", "yes", "q", "批量", "missingImages", "true");
        assertThat(deleted.status()).isEqualTo(303);
        String back = deleted.headers().firstValue("Location").orElseThrow();
        assertThat(back).contains("/admin/belts/" + twins.a + "/products?q=").contains("missingImages=true");
        assertThat(page(operator, back.substring(back.indexOf("/admin/")))).contains("已删除 2 个商品").contains("共 0 个商品");
        assertThat(admin.get(base + "/products/" + first).status()).isEqualTo(404);

        Api.Response busy = post(operator, a() + "/categories/" + topCategoryId(admin, base) + "/delete");
        assertThat(busy.status()).isEqualTo(303);
        assertThat(page(operator, a() + "/categories")).contains("role=\"alert\"").contains("还有子分类或商品，不能删除");
        Api.Response supplierBusy = post(operator, a() + "/suppliers/" + twins.inA.supplierId() + "/delete");
        assertThat(supplierBusy.status()).isEqualTo(303);
        assertThat(page(operator, a() + "/suppliers")).contains("还有商品，不能删除");
    }

    /** The id of 童装, the top of the twins' tree: it holds subcategories, so it cannot be deleted. */
    private static long topCategoryId(Api admin, String base) {
        return admin.get(base + "/categories").json().get(0).get("id").asLong();
    }
}
