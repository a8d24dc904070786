package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.core.testing.Eventually.eventually;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.beltportal.core.tenant.TenantService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * English is English and the buyer can order (issue 19 items 5 and 7, decision 0046): English twins of category
 * names, units, campaign names and banner texts, and marketplace links of suppliers and products, through the API,
 * the console and the import, shown per field on {@code ?lang=en} pages with Chinese only where that one field lacks
 * English, and an "order" link that is never anything but an escaped http(s) address.
 */
class EnglishNamesAndOrderLinksTest extends ConsoleScreenTest {

    /** Links that must never be saved: script, data, another scheme, protocol-relative, relative, attribute breakers. */
    static final List<String> HOSTILE = List.of("javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)", "//evil.example/shop", "/suppliers/1", "ftp://shop.example.com/", "https://shop.example.com/\"onmouseover=alert(1)",
            "https://shop.example.com/'><script>alert(1)</script>", "https://shop.example.com/a b", "https://", "https://x.example/" + "a".repeat(490));

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TenantService tenants;

    private String base() {
        return "/admin/api/v1/tenants/" + twins.a;
    }

    private Map<String, Object> product(String sku, String unitEn, String listingUrl) {
        Map<String, Object> body = new HashMap<>(TwinBelts.product(sku, "女童碎花连衣裙 " + sku, twins.inA.supplierId()));
        body.put("category", "童装/女童/连衣裙");
        if (unitEn != null) {
            body.put("unitEn", unitEn);
        }
        if (listingUrl != null) {
            body.put("listingUrl", listingUrl);
        }
        return body;
    }

    private static String field(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        return response.json().get("details").get(0).get("field").asString();
    }

    @Test
    void theApiReadsAndWritesEnglishTwinsAndMarketplaceLinksValidatedLikeTheirChineseTwins() {
        Api admin = admin();
        Api.Response category = admin.post(base() + "/categories", Map.of("path", "童装/婴童", "nameEn", "Babies"));
        assertThat(category.status()).as(category.toString()).isEqualTo(201);
        assertThat(category.json().get("nameEn").asString()).isEqualTo("Babies");
        long babies = category.id();
        long clothes = category.json().get("parentId").asLong();
        Api.Response renamed = admin.put(base() + "/categories/" + babies, Map.of("name", "婴童", "nameEn", "Baby wear",
                "parentId", clothes));
        assertThat(renamed.json().get("nameEn").asString()).isEqualTo("Baby wear");
        assertThat(renamed.json().get("path").asString()).isEqualTo("童装/婴童");
        assertThat(admin.get(base() + "/categories").body()).contains("\"nameEn\":\"Baby wear\"");
        assertThat(field(admin.put(base() + "/categories/" + babies, Map.of("name", "婴童", "nameEn", "x".repeat(61),
                "parentId", clothes))))
                .isEqualTo("nameEn");
        assertThat(field(admin.post(base() + "/categories", Map.of("path", "童装/新类", "nameEn", "y".repeat(61))))).isEqualTo("nameEn");
        assertThat(admin.get(base() + "/categories").body()).as("refused before anything was created").doesNotContain("新类");

        Api.Response created = admin.post(base() + "/products", product("EN-1", "piece", "https://detail.shop.example.com/offer/1.html?a=1&b=2"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode read = admin.get(base() + "/products/" + created.id()).json();
        assertThat(read.get("unitEn").asString()).isEqualTo("piece");
        assertThat(read.get("listingUrl").asString()).isEqualTo("https://detail.shop.example.com/offer/1.html?a=1&b=2");
        assertThat(field(admin.post(base() + "/products", product("EN-2", "pieces-of-cloths!", null)))).isEqualTo("unitEn");
        for (String hostile : HOSTILE) {
            Api.Response refused = admin.post(base() + "/products", product("EN-3", null, hostile));
            assertThat(field(refused)).as(hostile).isEqualTo("listingUrl");
            assertThat(refused.json().get("details").get(0).get("message").asString()).contains("http(s)");
            Map<String, Object> supplier = new HashMap<>(TwinBelts.supplier("坏链接工厂"));
            supplier.put("shopUrl", hostile);
            assertThat(field(admin.post(base() + "/suppliers", supplier))).as(hostile).isEqualTo("shopUrl");
        }
        Map<String, Object> supplier = new HashMap<>(TwinBelts.supplier("有网店的工厂"));
        supplier.put("shopUrl", "https://shop.example.com/zhili-1");
        Api.Response withShop = admin.post(base() + "/suppliers", supplier);
        assertThat(withShop.status()).as(withShop.toString()).isEqualTo(201);
        assertThat(withShop.json().get("shopUrl").asString()).isEqualTo("https://shop.example.com/zhili-1");

        Map<String, Object> campaign = CampaignApiTest.campaign("en-" + twins.a, LocalDateTime.parse("2027-06-01T09:00"),
                LocalDateTime.parse("2027-06-05T09:00"), LocalDateTime.parse("2027-06-08T09:00"), null, "hero");
        campaign.put("nameEn", "Children's Wear Festival");
        campaign.put("bannerTextEn", "Factory prices, free shipping");
        Api.Response festival = admin.post(base() + "/campaigns", campaign);
        assertThat(festival.status()).as(festival.toString()).isEqualTo(201);
        assertThat(festival.json().get("nameEn").asString()).isEqualTo("Children's Wear Festival");
        assertThat(festival.json().get("bannerTextEn").asString()).isEqualTo("Factory prices, free shipping");
        campaign.put("slug", "en2-" + twins.a);
        campaign.put("bannerTextEn", "z".repeat(501));
        assertThat(field(admin.post(base() + "/campaigns", campaign))).isEqualTo("bannerTextEn");
    }

    @Test
    void englishPagesShowEnglishPerFieldAndChineseOnlyWhereThatFieldLacksIt() {
        Api admin = admin();
        String slug = newBelt(admin);
        String belt = "/admin/api/v1/tenants/" + slug;
        long supplier = TwinBelts.created(admin.post(belt + "/suppliers", TwinBelts.supplier("织里童衣厂")));
        Map<String, Object> dress = new HashMap<>(TwinBelts.product("PF-1", "女童纯棉连衣裙", supplier));
        dress.put("titleEn", "Girls' cotton dress");
        dress.put("category", "童装/女童");
        Map<String, Object> socks = new HashMap<>(TwinBelts.product("PF-2", "儿童棉袜", supplier));
        socks.put("unitEn", "pair");
        socks.put("category", "童装/女童");
        long dressId = TwinBelts.created(admin.post(belt + "/products", dress));
        long socksId = TwinBelts.created(admin.post(belt + "/products", socks));
        JsonNode tree = admin.get(belt + "/categories").json();
        long top = tree.get(0).get("id").asLong();
        long girls = tree.get(0).get("children").get(0).get("id").asLong();
        assertThat(admin.put(belt + "/categories/" + girls, Map.of("name", "女童", "nameEn", "Girls", "parentId", top)).status())
                .isEqualTo(200);
        Map<String, Object> campaign = CampaignApiTest.campaign("pf-" + slug, LocalDateTime.now().minusDays(2).withNano(0),
                LocalDateTime.now().minusDays(1).withNano(0), LocalDateTime.now().plusDays(5).withNano(0), null, "hero");
        campaign.put("nameEn", "Children's Wear Festival");
        long festival = TwinBelts.created(admin.post(belt + "/campaigns", campaign));
        assertThat(admin.post(belt + "/campaigns/" + festival + "/submit", Map.of()).status()).isEqualTo(200);
        assertThat(newOperatorOf(admin, slug).post(belt + "/campaigns/" + festival + "/approve", Map.of()).status()).isEqualTo(200);
        Api buyer = anonymous().onHost(slug + ".portal.test");

        String dressPage = buyer.get("/products/" + dressId + "?lang=en").body();
        assertThat(dressPage).contains("<h1>Girls&#39; cotton dress</h1>").as("no English unit: the Chinese one")
                .contains("30 件").as("English category name, and the Chinese one where it has none").contains(">Girls</a>")
                .contains(">童装</a>");
        String socksPage = buyer.get("/products/" + socksId + "?lang=en").body();
        assertThat(socksPage).as("no English title: the Chinese one").contains("<h1>儿童棉袜</h1>").contains("30 pair");
        assertThat(buyer.get("/products/" + socksId + "?lang=zh-CN").body()).contains("30 件").doesNotContain("30 pair");
        String category = buyer.get("/categories/" + girls + "?lang=en").body();
        assertThat(category).contains("<h1>Girls</h1>");
        assertThat(buyer.get("/categories/" + top + "?lang=en").body()).contains("<h1>童装</h1>");
        String home = buyer.get("/?lang=en").body();
        assertThat(home).contains("Children&#39;s Wear Festival").as("no English banner text: the Chinese one")
                .contains("源头工厂, 全场包邮");
        assertThat(buyer.get("/?lang=zh-CN").body()).contains("织里童装节 pf-" + slug).doesNotContain("Children&#39;s Wear Festival");
        assertThat(buyer.get("/festivals?lang=en").body()).contains("Children&#39;s Wear Festival");
    }

    @Test
    void theOrderLinkGoesToTheListingOrElseTheSuppliersShopEscapedAndNeverAnythingElse() {
        Api admin = admin();
        String slug = newBelt(admin);
        String belt = "/admin/api/v1/tenants/" + slug;
        Map<String, Object> shop = new HashMap<>(TwinBelts.supplier("网店工厂"));
        shop.put("shopUrl", "https://shop.example.com/store?id=7&from=portal");
        long supplier = TwinBelts.created(admin.post(belt + "/suppliers", shop));
        Map<String, Object> listed = new HashMap<>(TwinBelts.product("OL-1", "有链接的商品", supplier));
        listed.put("listingUrl", "https://detail.shop.example.com/offer/1.html?a=1&b=<2>".replace("<2>", "2"));
        long listedId = TwinBelts.created(admin.post(belt + "/products", listed));
        long plainId = TwinBelts.created(admin.post(belt + "/products", TwinBelts.product("OL-2", "没有链接的商品", supplier)));
        long bareSupplier = TwinBelts.created(admin.post(belt + "/suppliers", TwinBelts.supplier("没有网店的工厂")));
        long bareId = TwinBelts.created(admin.post(belt + "/products", TwinBelts.product("OL-3", "哪里都不能下单", bareSupplier)));
        Api buyer = anonymous().onHost(slug + ".portal.test");

        assertThat(buyer.get("/products/" + listedId).body())
                .contains("<a class=\"button order-link\" href=\"https://detail.shop.example.com/offer/1.html?a=1&amp;b=2\" rel=\"nofollow noopener\" target=\"_blank\">去下单");
        assertThat(buyer.get("/products/" + plainId + "?lang=en").body()).as("falls back to the supplier's shop")
                .contains("href=\"https://shop.example.com/store?id=7&amp;from=portal\" rel=\"nofollow noopener\" target=\"_blank\">Order");
        assertThat(buyer.get("/products/" + bareId).body()).doesNotContain("order-link");
        assertThat(buyer.get("/suppliers/" + supplier).body())
                .contains("href=\"https://shop.example.com/store?id=7&amp;from=portal\" rel=\"nofollow noopener\" target=\"_blank\">进店下单");
        assertThat(buyer.get("/suppliers/" + bareSupplier).body()).doesNotContain("order-link");

        // Rows written around the rules (an old import, a hand-edited database) still never reach an attribute.
        long tenant = tenants.requireBySlug(slug).id().value();
        jdbc.update("UPDATE product SET listing_url = ? WHERE tenant_id = ? AND id = ?", "javascript:alert(1)", tenant, listedId);
        jdbc.update("UPDATE supplier SET shop_url = ? WHERE tenant_id = ? AND id = ?", "https://x.example/\"><script>alert(1)</script>",
                tenant, supplier);
        String forged = buyer.get("/products/" + listedId + "?forged=1").body();
        assertThat(forged).doesNotContain("javascript:").doesNotContain("<script>alert(1)").doesNotContain("order-link");
        assertThat(buyer.get("/suppliers/" + supplier + "?forged=1").body()).doesNotContain("<script>alert(1)").doesNotContain("order-link");
    }

    @Test
    void theConsoleFormsTakeTheFieldsAndShowAHostileLinkBesideItsField() {
        ConsoleSession operator = operatorOfA();
        String console = "/admin/belts/" + twins.a;
        Api.Response product = operator.postFields(console + "/products/new", fields("sku", "CON-1", "title", "控制台商品",
                "supplierId", Long.toString(twins.inA.supplierId()), "moq", "5", "unit", "双", "unitEn", "pair",
                "tierMinQty", "5", "tierPrice", "3.5", "listingUrl", "javascript:alert(1)"), operator.csrfToken());
        assertThat(product.status()).isEqualTo(422);
        assertThat(valid("product listing error", product)).contains("href=\"#listingUrl\"").contains("id=\"listingUrl-error\"")
                .contains("value=\"javascript:alert(1)\"").contains("value=\"pair\"");
        Api.Response saved = operator.postFields(console + "/products/new", fields("sku", "CON-1", "title", "控制台商品",
                "supplierId", Long.toString(twins.inA.supplierId()), "moq", "5", "unit", "双", "unitEn", "pair",
                "tierMinQty", "5", "tierPrice", "3.5", "listingUrl", "https://shop.example.com/item/9"), operator.csrfToken());
        String edit = seeOther(saved);
        assertThat(admin().get(base() + "/products?q=CON-1").body()).contains("\"unitEn\":\"pair\"")
                .contains("\"listingUrl\":\"https://shop.example.com/item/9\"");
        assertThat(edit).isNotBlank();

        Api.Response supplier = operator.postFields(console + "/suppliers/new", fields("name", "控制台工厂", "creditRating", "2A",
                "shopUrl", "data:text/html,x"), operator.csrfToken());
        assertThat(supplier.status()).isEqualTo(422);
        assertThat(valid("supplier shop error", supplier)).contains("href=\"#shopUrl\"").contains("id=\"shopUrl-error\"");

        Api.Response category = operator.postFields(console + "/categories/" + twins.inA.categoryId(),
                fields("name", "男童", "nameEn", "Boys", "parentId", ""), operator.csrfToken());
        seeOther(category);
        assertThat(page(operator, console + "/categories")).contains("<span lang=\"en\">(Boys)</span>");
        assertThat(page(operator, console + "/categories/" + twins.inA.categoryId())).contains("value=\"Boys\"");
        for (String lang : List.of("zh-CN", "en")) {
            page(operator, console + "/products/new?lang=" + lang);
            page(operator, console + "/suppliers/new?lang=" + lang);
            page(operator, console + "/categories?lang=" + lang);
        }
    }

    @Test
    void anImportRowWithAHostileListingIsARowErrorAndTheOthersAreImported() {
        Api admin = admin();
        String csv = "sku,title,supplierId,moq,unit,unitEn,priceTiers,listingUrl\n"
                + "IMP-1,好商品," + twins.inA.supplierId() + ",10,双,pair,10:2.5,https://shop.example.com/item/1\n"
                + "IMP-2,坏链接," + twins.inA.supplierId() + ",10,双,pair,10:2.5,javascript:alert(1)\n"
                + "IMP-3,太长的单位," + twins.inA.supplierId() + ",10,双," + "u".repeat(17) + ",10:2.5,\n";
        Api.Response accepted = admin.sendMultipart(base() + "/products/import", "file", "links.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        long jobId = accepted.json().get("jobId").asLong();
        JsonNode job = eventually("import job " + jobId + " to end", Duration.ofSeconds(60),
                () -> admin.get("/admin/api/v1/jobs/" + jobId).json(),
                j -> List.of("succeeded", "failed").contains(j.get("state").asString()));
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("succeeded");
        List<String> errors = new ArrayList<>();
        job.get("errors").forEach(error -> errors.add(error.get("row").asLong() + " " + error.get("field").asString()));
        assertThat(errors).containsExactlyInAnyOrder("3 listingUrl", "4 unitEn");
        assertThat(admin.get(base() + "/products?q=IMP-1").body()).contains("\"unitEn\":\"pair\"")
                .contains("\"listingUrl\":\"https://shop.example.com/item/1\"");
    }

    private static List<Map.Entry<String, String>> fields(String... pairs) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.add(new AbstractMap.SimpleEntry<>(pairs[i], pairs[i + 1]));
        }
        return fields;
    }

    private static String newBelt(Api admin) {
        String slug = "en-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response tenant = admin.post("/admin/api/v1/tenants",
                Map.of("slug", slug, "name", "英文产业带", "hosts", List.of(slug + ".portal.test"), "region", "测试省"));
        assertThat(tenant.status()).as(tenant.toString()).isEqualTo(201);
        return slug;
    }
}
