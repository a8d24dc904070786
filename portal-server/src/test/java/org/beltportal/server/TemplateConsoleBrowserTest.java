package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * Issue 17's template walk in a real browser at 390 px: an operator edits partials/hero.ftlh, sees a runtime error
 * block publishing with page and line, fixes it, publishes, and the portal shows the change; then compares two
 * versions. Each page is checked with axe-core and saved as target/screenshots/console-templates-*.png.
 */
class TemplateConsoleBrowserTest extends BrowserWalk {

    private static final String PASSWORD = "a-long-password";

    @Test
    void anOperatorFixesARuntimeErrorThePublishCheckFoundAndThePortalShowsTheChange() {
        TwinBelts twins = new TwinBelts(admin());
        String operator = "tplwalk-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(admin().post("/admin/api/v1/users", Map.of("username", operator, "password", PASSWORD,
                "grants", List.of(Map.of("tenant", twins.a, "role", "region_operator")))).status()).isEqualTo(201);

        browser.resize(Browser.NARROW_PHONE).open("http://localhost:" + port + "/admin/login");
        browser.find("#username").sendKeys(operator);
        browser.find("#password").sendKeys(PASSWORD);
        browser.submitAndWait(browser.find("form"));
        browser.open("http://localhost:" + port + "/admin/belts/" + twins.a + "/");
        browser.clickAndWait(link("模板"));
        assertThat(browser.find("h1").getText()).isEqualTo("模板");
        seen("console-templates-list");

        browser.clickAndWait(link("编辑 partials/hero.ftlh"));
        assertThat(browser.all(".code-editor")).as("the highlighter wraps the textarea").hasSize(1);
        WebElement source = browser.find("#source");
        source.clear();
        source.sendKeys("<section class=\"walk-hero\">\n<h2>${site.nosuch()}</h2>\n</section>");
        browser.clickAndWait(button("检查并发布"));
        assertThat(browser.find("[role=alert]").getText()).contains("未发布");
        assertThat(browser.find(".check-failed").getText()).contains("首页", "partials/hero.ftlh", "第 2 行");
        assertThat(browser.find("#source").getAttribute("value")).contains("site.nosuch()");
        seen("console-templates-blocked");
        assertThat(portalHome(twins)).doesNotContain("walk-hero");

        source = browser.find("#source");
        source.clear();
        source.sendKeys("<section class=\"walk-hero\">\n<h2>${site.name()} 欢迎采购</h2>\n</section>");
        browser.clickAndWait(button("检查并发布"));
        assertThat(browser.find("[role=status]").getText()).contains("已发布");
        assertThat(browser.all(".check-rendered")).hasSizeGreaterThanOrEqualTo(7);
        seen("console-templates-published");
        assertThat(portalHome(twins)).contains("欢迎采购");

        browser.clickAndWait(link("版本"));
        assertThat(browser.find(".diff").getText()).contains("site.nosuch()", "欢迎采购");
        seen("console-templates-versions");
    }

    private String portalHome(TwinBelts twins) {
        return anonymous().onHost(twins.inA.host()).get("/").body();
    }

    private WebElement link(String text) {
        return browser.link(text);
    }

    private WebElement button(String text) {
        return browser.all("button").stream().filter(b -> b.getText().strip().equals(text)).findFirst().orElseThrow();
    }

    /** Saves the screenshot and fails on any serious or critical axe-core finding on the page. */
    private void seen(String name) {
        assertThat(browser.screenshot(name)).exists();
        assertThat(browser.seriousAccessibilityViolations()).as("axe on " + name).isEmpty();
    }
}
