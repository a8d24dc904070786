package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The console over real HTTP: rights on belts as the API has them, CSRF on every form, what people typed shown
 * as text, the belt switcher's search and pages, both languages, and every page valid HTML (W3C Nu).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleTest extends PortalServerTest {

    private static final String PASSWORD = "a-long-password";

    private final HtmlChecker checker = new HtmlChecker();
    private final List<String> invalid = new ArrayList<>();
    private TwinBelts twins;

    @BeforeEach
    void twins() {
        if (twins == null) {
            twins = new TwinBelts(admin());
        }
    }

    @AfterAll
    void everyPageSeenWasValidHtml() {
        assertThat(invalid).as("W3C Nu errors on console pages").isEmpty();
    }

    /** The page's body after checking it with the W3C Nu checker (errors are collected for the class). */
    private String valid(String path, Api.Response page) {
        assertThat(page.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
        checker.errors(page.body()).forEach(error -> invalid.add(path + " " + error));
        return page.body();
    }

    private String newUser(List<Map<String, String>> grants) {
        String username = "console-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = admin().post("/admin/api/v1/users", Map.of("username", username, "password", PASSWORD, "grants", grants));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }

    private ConsoleSession operatorOfA() {
        return ConsoleSession.login(port, newUser(List.of(Map.of("tenant", twins.a, "role", "region_operator"))), PASSWORD);
    }

    @Test
    void theLoginPageIsValidInBothLanguagesAndKeepsTheUsernameAfterAWrongPassword() {
        ConsoleSession visitor = ConsoleSession.anonymous(port);
        String zh = valid("/admin/login", visitor.get("/admin/login"));
        assertThat(zh).contains("<html lang=\"zh-CN\"").contains("用户名").contains("href=\"/admin/login?lang=en\"");
        Api.Response english = visitor.get("/admin/login?lang=en");
        assertThat(english.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("console_lang=en").contains("Path=/admin").contains("HttpOnly"));
        assertThat(valid("/admin/login?lang=en", english).replaceAll("\\s+", " "))
                .contains("<html lang=\"en\"").contains("Username").contains("lang=zh-CN");

        String typed = "<b>王经理</b>";
        Api.Response refused = visitor.postForm("/admin/login", Map.of("username", typed, "password", "wrong-password"));
        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/admin/login?error");
        String again = valid("/admin/login?error", visitor.get("/admin/login?error"));
        assertThat(again).contains("role=\"alert\"").contains("用户名或密码错误")
                .contains("value=\"&lt;b&gt;王经理&lt;/b&gt;\"").doesNotContain("wrong-password").doesNotContain("<b>王经理");
        assertThat(visitor.get("/admin/login?error").body()).as("the username is shown once").doesNotContain("王经理");
    }

    @Test
    void anOperatorSeesOnlyTheBeltsItHoldsAndIsRefusedAnotherBeltsHome() {
        ConsoleSession operator = operatorOfA();
        Api.Response switcher = operator.get("/admin/");
        assertThat(switcher.status()).as("one belt: straight to its home").isEqualTo(302);
        assertThat(switcher.headers().firstValue("Location").orElseThrow()).endsWith("/admin/belts/" + twins.a + "/");

        String home = valid("home", operator.get("/admin/belts/" + twins.a + "/"));
        assertThat(home).contains("孪生产业带").contains("aria-current=\"page\"").contains("新询盘");
        Api.Response other = operator.get("/admin/belts/" + twins.b + "/");
        assertThat(other.status()).isEqualTo(403);
        assertThat(valid("other belt", other)).contains("没有这项权限").contains("class=\"refusal");
        Api.Response nowhere = operator.get("/admin/belts/no-such-belt-" + UUID.randomUUID().toString().substring(0, 6) + "/");
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(operator.get("/admin/?q=" + twins.b).body()).doesNotContain(twins.b + "/");
    }

    @Test
    void everyConsolePostRefusesAMissingOrForeignCsrfToken() {
        ConsoleSession operator = operatorOfA();
        ConsoleSession stranger = operatorOfA();
        Map<String, Map<String, String>> posts = Map.of(
                "/admin/password", Map.of("currentPassword", PASSWORD, "newPassword", "changed-by-a-forger"),
                "/admin/logout", Map.of(),
                "/admin/login", Map.of("username", ADMIN, "password", ADMIN_PASSWORD));
        posts.forEach((path, fields) -> {
            assertThat(operator.postForm(path, fields, null).status()).as("no token: " + path).isEqualTo(403);
            assertThat(operator.postForm(path, fields, stranger.csrfToken()).status()).as("foreign token: " + path).isEqualTo(403);
        });
        assertThat(operator.get("/admin/api/v1/me").status()).as("still signed in, password unchanged").isEqualTo(200);

        Api.Response loggedOut = operator.postForm("/admin/logout", Map.of());
        assertThat(loggedOut.status()).isEqualTo(302);
        assertThat(loggedOut.headers().firstValue("Location").orElseThrow()).endsWith("/admin/login?logout");
        assertThat(operator.get("/admin/api/v1/me").status()).isEqualTo(401);
        assertThat(valid("logged out", ConsoleSession.anonymous(port).get("/admin/login?logout"))).contains("role=\"status\"");

        Api.Response afterLogout = operator.get("/admin/");
        assertThat(afterLogout.status()).isEqualTo(302);
        assertThat(afterLogout.headers().firstValue("Location").orElseThrow()).as("a session the server no longer knows")
                .endsWith("/admin/login?expired");
        assertThat(valid("expired", ConsoleSession.anonymous(port).get("/admin/login?expired"))).contains("会话已过期");
    }

    @Test
    void aBeltNamedWithScriptIsShownAsText() {
        String slug = "xss-" + UUID.randomUUID().toString().substring(0, 8);
        String name = "<script>alert('belt')</script>";
        Api.Response created = admin().post("/admin/api/v1/tenants", Map.of("slug", slug, "name", name));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        ConsoleSession operator = ConsoleSession.login(port, newUser(List.of(Map.of("tenant", slug, "role", "region_operator"))), PASSWORD);
        String home = valid("script belt home", operator.get("/admin/belts/" + slug + "/"));
        assertThat(home).doesNotContain("<script>alert").contains("&lt;script&gt;alert(");
        ConsoleSession platform = ConsoleSession.login(port, ADMIN, ADMIN_PASSWORD);
        String listed = valid("script belt listed", platform.get("/admin/?q=" + slug));
        assertThat(listed).doesNotContain("<script>alert").contains("&lt;script&gt;alert(");
    }

    @Test
    void aPlatformAdminSearchesAndPagesThroughManyBelts() {
        String prefix = "pg" + UUID.randomUUID().toString().substring(0, 6);
        Api admin = admin();
        for (int i = 0; i < 23; i++) {
            assertThat(admin.post("/admin/api/v1/tenants", Map.of("slug", prefix + "-" + (100 + i), "name", "分页带 " + i)).status())
                    .isEqualTo(201);
        }
        ConsoleSession platform = ConsoleSession.login(port, ADMIN, ADMIN_PASSWORD);
        String first = valid("switcher page 1", platform.get("/admin/?q=" + prefix));
        assertThat(first).contains("共 23 个产业带").contains("第 1 页，共 2 页").contains(prefix + "-119/")
                .doesNotContain(prefix + "-120/").contains("page=2");
        String second = valid("switcher page 2", platform.get("/admin/?q=" + prefix + "&page=2"));
        assertThat(second).contains(prefix + "-120/").contains(prefix + "-122/").doesNotContain(prefix + "-119/");
        assertThat(valid("switcher none", platform.get("/admin/?q=nothing-" + prefix))).contains("没有找到匹配的产业带");
        assertThat(platform.get("/admin/?q=" + prefix + "&page=x").body()).as("a bad page number shows the first")
                .contains(prefix + "-100/");
        assertThat(platform.get("/admin/?q=%25").status()).as("a typed wildcard is text").isEqualTo(200);
    }

    @Test
    void theBeltHomeListsWhatWaits() {
        Api onHostOfA = anonymous().onHost(twins.inA.host());
        Api.Response inquiry = onHostOfA.post("/api/v1/inquiries", Map.of("productId", twins.inA.productId(), "quantity", 300,
                "name", "<i>赵经理</i>", "phone", "13800000000", "message", "请报价"));
        assertThat(inquiry.status()).as(inquiry.toString()).isEqualTo(201);
        ConsoleSession operator = operatorOfA();
        String home = valid("home with items", operator.get("/admin/belts/" + twins.a + "/"));
        assertThat(home).contains("&lt;i&gt;赵经理&lt;/i&gt;").contains("300 件")
                .contains("没有图片的商品 <span class=\"count\">1</span>").contains("其他人最近的修改").contains(ADMIN);
        String english = valid("home in English", operator.get("/admin/belts/" + twins.a + "/?lang=en"));
        assertThat(english).contains("New inquiries").contains("300 pieces").contains("lang=\"en\"");
    }

    @Test
    void thePasswordPageShowsFieldErrorsInBothLanguages() {
        ConsoleSession operator = operatorOfA();
        Api.Response posted = operator.postForm("/admin/password", Map.of("currentPassword", "not-mine-at-all", "newPassword", "short"));
        assertThat(posted.status()).isEqualTo(303);
        String page = valid("password with errors", operator.get("/admin/password"));
        assertThat(page).contains("请更正以下问题").contains("href=\"#currentPassword\"").contains("aria-invalid=\"true\"")
                .doesNotContain("not-mine-at-all").doesNotContain("value=\"short\"");
        assertThat(valid("password in English", operator.get("/admin/password?lang=en"))).contains("Current password");
    }
}
