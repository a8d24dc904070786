package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * Issue 17's campaign walk in a real browser at 390 px: a campaign manager creates a recurring festival from the
 * calendar with two products picked by search, previews warm-up (the draft's countdown in place) and live on the
 * belt's own host, submits; a
 * second user approves it from the queue; the portal then shows the warm-up countdown at the previewed instant.
 * Console pages are checked with axe-core and saved as target/screenshots/console-campaign-*.png.
 */
class CampaignConsoleBrowserTest extends BrowserWalk {

    private static final String PASSWORD = "a-long-password";

    @Test
    void aFestivalIsPlannedPreviewedSubmittedApprovedAndCountsDown() {
        String slug = "fest-" + UUID.randomUUID().toString().substring(0, 6);
        Api admin = admin();
        assertThat(admin.post("/admin/api/v1/tenants", Map.of("slug", slug, "name", "织里童装产业带", "hosts", List.of(slug + ".localhost")))
                .status()).isEqualTo(201);
        String base = "/admin/api/v1/tenants/" + slug;
        long supplier = TwinBelts.created(admin.post(base + "/suppliers", TwinBelts.supplier("织里童衣厂")));
        TwinBelts.created(admin.post(base + "/products", TwinBelts.product("F-1", "女童纯棉连衣裙", supplier)));
        TwinBelts.created(admin.post(base + "/products", TwinBelts.product("F-2", "女童碎花连衣裙", supplier)));
        String manager = user(slug, "campaign_manager");
        String approver = user(slug, "region_operator");
        String console = "http://localhost:" + port + "/admin/";

        logIn(console, manager);
        browser.open(console + "belts/" + slug + "/campaigns/?month=2027-03");
        assertThat(browser.find("table.calendar caption").getText()).contains("2027 年 3 月");
        seen("console-campaign-calendar");
        browser.clickAndWait(browser.find("a.day[href$='new?date=2027-03-05']"));
        browser.find("#name").sendKeys("织里童装节");
        browser.find("#slug").sendKeys("zhili-festival");
        assertThat(browser.find("#warmupStart").getAttribute("value")).isEqualTo("2027-03-05T09:00");
        for (String month : List.of("3", "9", "12")) {
            browser.find("input[name=recurrenceMonths][value='" + month + "']").click();
        }
        browser.find("input[name=placementSlot]").sendKeys("hero");
        browser.find("input[name=placementPage]").sendKeys("home");
        browser.find("#productQuery").sendKeys("连衣裙");
        browser.find("button[value=searchProduct]").click();
        browser.waitUntil(() -> browser.all("#featuredProductIds .matches button").size() == 2);
        browser.find("#featuredProductIds .matches button").click();
        browser.waitUntil(() -> browser.all("#featuredProductIds .chosen li").size() == 1);
        browser.all("#featuredProductIds .matches button").get(1).click();
        browser.waitUntil(() -> browser.all("#featuredProductIds .chosen li").size() == 2);
        assertThat(browser.find("#name").getAttribute("value")).as("htmx swapped only the picker").isEqualTo("织里童装节");
        seen("console-campaign-editor");
        browser.clickAndWait(browser.find("button[value=save]"));
        assertThat(browser.find("[role=status]").getText()).contains("织里童装节");
        String editor = browser.url();
        // The portal's first render is slow on a busy machine; a browser waiting on it times out its renderer.
        assertThat(anonymous().onHost(slug + ".localhost").get("/").status()).isEqualTo(200);

        browser.clickAndWait(button("预览预热"));
        assertThat(browser.url()).startsWith("http://" + slug + ".localhost:" + port + "/?at=2027-03-05T09:00")
                .contains("&campaign=");
        assertThat(browser.find(".preview-notice").getText()).contains("织里童装节");
        // The draft shows in place as if approved (decision 0046): its warm-up countdown, before anyone approved it.
        assertThat(browser.find(".countdown").getText()).isNotBlank();
        browser.screenshot("console-campaign-preview-before-approval");
        browser.open(editor);
        browser.clickAndWait(button("预览进行中"));
        assertThat(browser.url()).contains("at=2027-03-12T09:00");
        assertThat(browser.find(".preview-notice").getText()).isNotBlank();
        browser.open(editor);
        browser.clickAndWait(button("提交审核"));
        assertThat(browser.find("main").getText()).contains("审核中");
        browser.clickAndWait(browser.find(".logout button"));

        logIn(console, approver);
        browser.open(console + "belts/" + slug + "/");
        browser.clickAndWait(browser.all("a").stream().filter(a -> a.getText().contains("织里童装节")).findFirst().orElseThrow());
        assertThat(browser.url()).contains("/campaigns/review");
        seen("console-campaign-review");
        browser.clickAndWait(button("批准 织里童装节"));
        assertThat(browser.find("[role=status]").getText()).contains("已批准");
        browser.clickAndWait(browser.find(".logout button"));

        logIn(console, manager);
        browser.open(console + "belts/" + slug + "/");
        assertThat(browser.find("main").getText()).contains("您提交的活动的审核结果").contains("已批准");
        browser.open(editor);
        browser.clickAndWait(button("预览预热"));
        assertThat(browser.find(".countdown").getText()).isNotBlank();
        assertThat(browser.find("main").getText()).contains("织里童装节");
        browser.screenshot("console-campaign-preview-warmup");
    }

    private void logIn(String console, String username) {
        browser.resize(Browser.NARROW_PHONE).open(console + "login");
        browser.find("#username").sendKeys(username);
        browser.find("#password").sendKeys(PASSWORD);
        browser.submitAndWait(browser.find("form"));
    }

    private String user(String slug, String role) {
        String username = "fw-" + UUID.randomUUID().toString().substring(0, 6);
        Api.Response created = admin().post("/admin/api/v1/users", Map.of("username", username, "password", PASSWORD,
                "grants", List.of(Map.of("tenant", slug, "role", role))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }

    private WebElement button(String text) {
        return browser.all("button").stream().filter(b -> b.getText().strip().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text + " on " + browser.url()));
    }

    /** Saves the screenshot and fails on any serious or critical axe-core finding on the page. */
    private void seen(String name) {
        assertThat(browser.screenshot(name)).exists();
        assertThat(browser.seriousAccessibilityViolations()).as("axe on " + name).isEmpty();
    }
}
