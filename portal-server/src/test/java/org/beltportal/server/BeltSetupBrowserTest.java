package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * Setting up a belt as people do it, in a real browser at 390 px wide: a platform admin creates the belt; its
 * operator changes the colours, sees the preview change before saving, saves, and writes a news item that
 * goes public tomorrow. Each page is checked with axe-core and saved as target/screenshots/console-*.png.
 */
class BeltSetupBrowserTest extends BrowserWalk {

    private static final String PASSWORD = "a-long-password";

    @Test
    void aPlatformAdminCreatesABeltAndItsOperatorBrandsItAndSchedulesNews() {
        String slug = "setup-" + UUID.randomUUID().toString().substring(0, 6);
        String console = "http://localhost:" + port + "/admin/";
        browser.resize(Browser.NARROW_PHONE);
        signIn(console, ADMIN, ADMIN_PASSWORD);
        browser.clickAndWait(link("新建产业带"));
        browser.find("#name").sendKeys("永康五金产业带");
        browser.find("#slug").sendKeys("Not valid");
        browser.find("#region").sendKeys("浙江省金华市永康市");
        browser.submitAndWait(browser.find("main form"));
        assertThat(browser.find(".error-summary").getText()).contains("标识");
        assertThat(browser.find("#name").getAttribute("value")).isEqualTo("永康五金产业带");
        seen("console-belt-new-errors");
        browser.find("#slug").clear();
        browser.find("#slug").sendKeys(slug);
        browser.find("#hosts").sendKeys(slug + ".localhost");
        seen("console-belt-new");
        browser.submitAndWait(browser.find("main form"));
        assertThat(browser.url()).endsWith("/admin/belts/" + slug + "/");
        assertThat(browser.find("[role=status]").getText()).contains("永康五金产业带");
        assertThat(browser.find(".checklist").getText()).contains("品牌形象").contains("首批供应商").contains("正式上线");
        seen("console-belt-checklist");
        browser.clickAndWait(browser.find(".logout button"));

        signIn(console, operatorOf(slug), PASSWORD);
        assertThat(browser.url()).endsWith("/admin/belts/" + slug + "/");
        browser.clickAndWait(browser.find(".checklist a[href$='/branding']"));
        String saved = "rgba(31, 78, 121, 1)";
        assertThat(previewHeader()).isEqualTo(saved);
        WebElement primary = browser.find("#primaryColor");
        primary.clear();
        primary.sendKeys("#8b1a1a");
        browser.clickAndWait(browser.find("button.secondary"));
        assertThat(browser.find("[role=status]").getText()).contains("尚未保存");
        assertThat(browser.find("#primaryColor").getAttribute("value")).isEqualTo("#8b1a1a");
        assertThat(previewHeader()).as("the preview shows the unsaved colour").isEqualTo("rgba(139, 26, 26, 1)");
        assertThat(anonymous().get("/t/" + slug + "/").body()).as("buyers still see the saved one").doesNotContain("#8b1a1a");
        seen("console-branding-preview");
        browser.submitAndWait(browser.find("#branding-form"));
        assertThat(browser.find("[role=status]").getText()).contains("已保存");
        assertThat(anonymous().get("/t/" + slug + "/").body()).contains("--primary: #8b1a1a");
        browser.resize(Browser.DESKTOP);
        seen("console-branding-desktop");
        browser.resize(Browser.NARROW_PHONE);

        browser.clickAndWait(link("资讯和页面"));
        seen("console-pages-empty");
        browser.clickAndWait(link("新建资讯或页面"));
        browser.find("#title").sendKeys("永康五金博览会开幕");
        browser.find("#slug").sendKeys("expo-opens");
        browser.find("#body").sendKeys("<p>第三十届中国五金博览会明天开幕。</p>");
        browser.find("#status option[value=published]").click();
        LocalDateTime tomorrow = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(1).withHour(9).withMinute(0);
        // A datetime-local box takes typed digits in the browser locale's field order; the value is the same everywhere.
        browser.setValue("#publishAt", tomorrow.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        browser.clickAndWait(browser.find("button.secondary"));
        assertThat(browser.inFrame("#preview iframe", () -> browser.find("h1").getText())).contains("永康五金博览会开幕");
        seen("console-page-preview");
        browser.submitAndWait(browser.find("main form"));
        assertThat(browser.find("[role=status]").getText()).contains("已保存");
        browser.clickAndWait(link("返回资讯和页面"));
        assertThat(browser.find(".page-list").getText()).contains("永康五金博览会开幕").contains("定时发布");
        seen("console-pages");
        assertThat(anonymous().get("/t/" + slug + "/news/expo-opens").status()).as("not before tomorrow 09:00").isEqualTo(404);
    }

    /** The computed background of the portal header inside the preview frame. */
    private String previewHeader() {
        return browser.inFrame("#preview iframe", () -> browser.style(".site-header", "background-color"));
    }

    private void signIn(String console, String username, String password) {
        browser.open(console);
        browser.find("#username").sendKeys(username);
        browser.find("#password").sendKeys(password);
        browser.submitAndWait(browser.find("form"));
    }

    /** Saves the screenshot and fails on any serious or critical axe-core finding on the page. */
    private void seen(String name) {
        assertThat(browser.screenshot(name)).exists();
        assertThat(browser.seriousAccessibilityViolations()).as("axe on " + name).isEmpty();
    }

    private WebElement link(String text) {
        return browser.link(text);
    }

    /** The belt's region operator, granted by the platform admin (the people screen is another's). */
    private String operatorOf(String slug) {
        String username = "setup-" + UUID.randomUUID().toString().substring(0, 6);
        Api.Response created = admin().post("/admin/api/v1/users", Map.of("username", username, "password", PASSWORD,
                "grants", List.of(Map.of("tenant", slug, "role", "region_operator"))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }
}
