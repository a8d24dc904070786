package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The console as a person uses it, in a real browser at 390 px wide: a wrong password, the right one, the belt
 * switcher's search, a belt's home, English, a new password, logging out. Each page is checked with axe-core
 * and saved as target/screenshots/console-*.png (docs/console.md shows some of them).
 */
class ConsoleBrowserTest extends BrowserWalk {

    private static final String PASSWORD = "a-long-password";
    private static final String NEW_PASSWORD = "another-long-password";

    @Test
    void anOperatorSignsInSwitchesBeltsReadsTheHomeInEnglishChangesThePasswordAndLogsOut() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String first = "walk-a-" + suffix;
        String second = "walk-b-" + suffix;
        String operator = operatorOf(Map.of(first, "织里童装产业带", second, "诸暨袜业产业带"));
        somethingToDo(second);
        String console = "http://localhost:" + port + "/admin/";

        browser.resize(Browser.NARROW_PHONE).open(console);
        assertThat(browser.url()).endsWith("/admin/login");
        browser.find("#username").sendKeys(operator);
        browser.find("#password").sendKeys("not-the-password");
        browser.submitAndWait(browser.find("form"));
        assertThat(browser.find("[role=alert]").getText()).contains("用户名或密码错误");
        assertThat(browser.find("#username").getAttribute("value")).isEqualTo(operator);
        assertThat(browser.find("#password").getAttribute("value")).isEmpty();
        seen("console-login-error");

        browser.find("#password").sendKeys(PASSWORD);
        browser.submitAndWait(browser.find("form"));
        assertThat(browser.url()).endsWith("/admin/");
        assertThat(browser.all(".belt-list li")).hasSize(2);
        seen("console-belts");

        browser.find("#q").sendKeys("袜业");
        browser.waitUntil(() -> browser.all(".belt-list li").size() == 1);
        assertThat(browser.find(".belt-list").getText()).contains("诸暨袜业产业带");
        browser.clickAndWait(browser.find(".belt-list a"));
        assertThat(browser.url()).endsWith("/admin/belts/" + second + "/");
        assertThat(browser.find("h1").getText()).contains("诸暨袜业产业带");
        assertThat(browser.find("main").getText()).contains("陈经理").contains("女士纯棉中筒袜");
        seen("console-home");

        browser.clickAndWait(link("切换产业带"));
        browser.clickAndWait(browser.all(".belt-list a").stream()
                .filter(a -> a.getText().contains("织里童装产业带")).findFirst().orElseThrow());
        assertThat(browser.url()).endsWith("/admin/belts/" + first + "/");
        browser.clickAndWait(link("English"));
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
        assertThat(browser.find("h1").getText()).contains("to do");
        assertThat(browser.find("main").getText()).contains("New inquiries").contains("Products without images");
        seen("console-home-en");
        browser.resize(Browser.DESKTOP);
        seen("console-home-en-desktop");
        browser.resize(Browser.NARROW_PHONE);

        browser.open(console + "belts/no-such-belt-" + suffix + "/");
        assertThat(browser.find(".refusal").getText()).contains("no such belt");
        seen("console-not-found");
        browser.clickAndWait(link("Back to the list of belts"));
        browser.clickAndWait(browser.all(".belt-list a").getFirst());

        browser.clickAndWait(link("Change password"));
        browser.find("#currentPassword").sendKeys("wrong-current-password");
        browser.find("#newPassword").sendKeys("short");
        browser.submitAndWait(browser.find("main form"));
        assertThat(browser.find(".error-summary").getText()).contains("There is a problem").contains("Current password");
        assertThat(browser.find("#newPassword").getAttribute("value")).isEmpty();
        seen("console-password-errors");
        browser.find("#currentPassword").sendKeys(PASSWORD);
        browser.find("#newPassword").sendKeys(NEW_PASSWORD);
        browser.submitAndWait(browser.find("main form"));
        assertThat(browser.find("[role=status]").getText()).contains("Password changed");
        seen("console-password-changed");

        browser.clickAndWait(browser.find(".logout button"));
        assertThat(browser.url()).endsWith("/admin/login?logout");
        assertThat(browser.find("[role=status]").getText()).contains("logged out");
        seen("console-logged-out");
        assertThat(anonymous().login(operator, NEW_PASSWORD).get("/admin/api/v1/me").status()).isEqualTo(200);
    }

    /** Saves the screenshot and fails on any serious or critical axe-core finding on the page. */
    private void seen(String name) {
        assertThat(browser.screenshot(name)).exists();
        assertThat(browser.seriousAccessibilityViolations()).as("axe on " + name).isEmpty();
    }

    private WebElement link(String text) {
        return browser.link(text);
    }

    /** A product without images and a buyer's inquiry about it, so the belt's home has items to show. */
    private void somethingToDo(String slug) {
        Api admin = admin();
        String base = "/admin/api/v1/tenants/" + slug;
        long supplier = TwinBelts.created(admin.post(base + "/suppliers", TwinBelts.supplier("诸暨华袜针织厂")));
        long product = TwinBelts.created(admin.post(base + "/products", TwinBelts.product("WALK-1", "女士纯棉中筒袜", supplier)));
        Api.Response inquiry = anonymous().onHost(slug + ".localhost").post("/api/v1/inquiries", Map.of("productId", product,
                "quantity", 2000, "name", "陈经理", "phone", "13900000000", "message", "请报 2000 双的价格"));
        assertThat(inquiry.status()).as(inquiry.toString()).isEqualTo(201);
    }

    /** Belts (slug to name) made through the API as set-up, and a region operator of all of them. */
    private String operatorOf(Map<String, String> belts) {
        Api admin = admin();
        belts.forEach((slug, name) -> assertThat(admin.post("/admin/api/v1/tenants",
                Map.of("slug", slug, "name", name, "hosts", List.of(slug + ".localhost"))).status())
                .isEqualTo(201));
        String username = "walker-" + UUID.randomUUID().toString().substring(0, 6);
        List<Map<String, String>> grants = belts.keySet().stream().map(slug -> Map.of("tenant", slug, "role", "region_operator")).toList();
        Api.Response created = admin.post("/admin/api/v1/users", Map.of("username", username, "password", PASSWORD, "grants", grants));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }
}
