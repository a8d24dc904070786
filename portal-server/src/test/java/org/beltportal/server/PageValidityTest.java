package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * Every kind of public page, rendered from real data in both built-in themes, passes the W3C Nu HTML
 * checker with no errors. Data carries the awkward cases: markup-like text, quotes, long titles, images.
 */
class PageValidityTest extends PortalServerTest {

    @Test
    void everyPageOfBothThemesIsValidHtml() {
        HtmlChecker checker = new HtmlChecker();
        Map<String, List<String>> errorsByPage = new LinkedHashMap<>();
        for (String theme : List.of("catalog", "festival")) {
            Pages pages = belt(theme);
            Api site = anonymous().onHost(pages.host());
            for (String path : pages.paths()) {
                Api.Response response = site.get(path);
                assertThat(response.status()).as(theme + " " + path).isIn(200, 404);
                errorsByPage.put(theme + " " + path, checker.errors(response.body()));
            }
        }
        errorsByPage.put("platform /", checker.errors(anonymous().onHost("localhost").get("/").body()));

        long errors = errorsByPage.values().stream().mapToLong(List::size).sum();
        System.out.printf("Nu HTML checker: %d pages, %d errors%n", errorsByPage.size(), errors);
        assertThat(errorsByPage).allSatisfy((page, pageErrors) -> assertThat(pageErrors).as(page).isEmpty());
    }

    record Pages(String host, List<String> paths) {
    }

    /** A campaign with markup-like text and images, created by the admin and approved by an operator. */
    private static void festival(Api admin, Api approver, String base, String slug, String slot, LocalDateTime warmup,
                                 LocalDateTime live, LocalDateTime end, long productId, long supplierId) {
        Map<String, Object> body = new HashMap<>(Map.of("slug", slug, "name", "箱包节 <" + slug + "> \"&\"", "kind", "festival",
                "warmupStart", warmup.toString(), "liveStart", live.toString(), "end", end.toString(),
                "bannerText", "全场 <b>包邮</b> & 满减", "bannerImages", List.of("https://img.example.com/fest.jpg")));
        body.put("featuredProductIds", List.of(productId));
        body.put("featuredSupplierIds", List.of(supplierId));
        body.put("placements", List.of(Map.of("slot", slot, "page", "home")));
        String campaign = base + "/campaigns/" + TwinBelts.created(admin.post(base + "/campaigns", body));
        assertThat(admin.post(campaign + "/submit", null).status()).isEqualTo(200);
        assertThat(approver.post(campaign + "/approve", null).status()).isEqualTo(200);
    }

    private Api approver(Api admin, String tenant) {
        String username = "val-op-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.post("/admin/api/v1/users", Map.of("username", username, "password", "a-long-password",
                "grants", List.of(Map.of("tenant", tenant, "role", "region_operator")))).status()).isEqualTo(201);
        return anonymous().login(username, "a-long-password");
    }

    private Pages belt(String theme) {
        Api admin = admin();
        String slug = "val-" + theme.charAt(0) + UUID.randomUUID().toString().substring(0, 6);
        String host = slug + ".portal.test";
        assertThat(admin.post("/admin/api/v1/tenants", Map.of("slug", slug, "name", "白沟箱包 \"<b>\"", "theme", theme,
                "hosts", List.of(host), "region", "河北省保定市", "icpNumber", "冀ICP备12345678号")).status()).isEqualTo(201);
        String base = "/admin/api/v1/tenants/" + slug;
        assertThat(admin.put(base + "/branding", Map.of("primaryColor", "#7c2d12", "accentColor", "#facc15",
                "slogan", "箱包之都 <小批量> & 快返", "logoUrl", "https://img.example.com/logo.png",
                "heroImages", List.of("https://img.example.com/hero-1.jpg"),
                "footerHtml", "<p>白沟新城管委会 <a href=\"https://example.com\">联系我们</a></p>")).status()).isEqualTo(200);
        long supplierId = TwinBelts.created(admin.post(base + "/suppliers", TwinBelts.supplier("白沟 \"箱\" <厂>")));
        Map<String, Object> product = new LinkedHashMap<>(TwinBelts.product("VAL-1", "拉杆箱 20寸 <万向轮> \"静音\"", supplierId));
        product.put("description", "ABS+PC 材质 <script>alert(1)</script>");
        product.put("images", List.of("https://img.example.com/a.jpg", "https://img.example.com/b.jpg"));
        long productId = TwinBelts.created(admin.post(base + "/products", product));
        TwinBelts.created(admin.post(base + "/pages", TwinBelts.page("val-news", "白沟箱包节开幕 <2026>")));
        long categoryId = TwinBelts.created(admin.post(base + "/categories", Map.of("path", "箱包/拉杆箱")));
        Api approver = approver(admin, slug);
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.MINUTES);
        festival(admin, approver, base, "val-live", "banner", now.minusDays(1), now.minusHours(1), now.plusDays(3), productId, supplierId);
        festival(admin, approver, base, "val-warm", "hero", now.minusHours(1), now.plusDays(5), now.plusDays(8), productId, supplierId);
        return new Pages(host, List.of("/campaigns/val-live", "/campaigns/val-warm", "/festivals", "/festivals?lang=en",
                "/", "/?lang=zh-TW", "/?lang=en", "/categories/" + categoryId, "/search?q=拉杆箱", "/search?q=拉杆箱&verified=true", "/search?q=",
                "/products/" + productId, "/products/" + productId + "?lang=en", "/suppliers/" + supplierId, "/news", "/news/val-news", "/no-such-page"));
    }
}
