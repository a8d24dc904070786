package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An operator's afternoon in a real browser at 390 px wide, without an API call after the set-up: invites an
 * editor, opens a new inquiry from the belt's home, marks it handled with a note, and finds that change in the
 * belt's audit log. Each page is checked with axe-core and saved as target/screenshots/console-*.png.
 */
class PeopleInboxAuditBrowserTest extends BrowserWalk {

    private static final String PASSWORD = "a-long-password";

    @Test
    void anOperatorInvitesAnEditorHandlesAnInquiryWithANoteAndFindsItInTheAuditLog() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String slug = "people-" + suffix;
        String operator = beltWithOperatorAndInquiry(slug);
        String console = "http://localhost:" + port + "/admin/";

        browser.resize(Browser.NARROW_PHONE).open(console);
        browser.find("#username").sendKeys(operator);
        browser.find("#password").sendKeys(PASSWORD);
        browser.submitAndWait(browser.find("form"));
        assertThat(browser.url()).endsWith("/admin/belts/" + slug + "/");

        browser.clickAndWait(link("人员"));
        seen("console-people");
        String editor = "editor-" + suffix;
        browser.find("#username").sendKeys(editor);
        browser.find("#email").sendKeys(editor + "@example.com");
        browser.find("#editor").click();
        browser.submitAndWait(browser.find("#invite form"));
        assertThat(browser.find("[role=status]").getText()).contains(editor);
        assertThat(browser.find(".belt-list").getText()).contains(editor);
        seen("console-people-invited");

        browser.clickAndWait(link("待办"));
        browser.clickAndWait(link("女士纯棉中筒袜"));
        assertThat(browser.find("h1").getText()).startsWith("询盘 #");
        assertThat(browser.find("main").getText()).contains("陈经理").contains("请报 2000 双的价格");
        seen("console-inquiry");
        browser.find("#body").sendKeys("已电话联系，明天寄样");
        browser.submitAndWait(browser.find("#notes form"));
        assertThat(browser.find("[role=status]").getText()).contains("备注已添加");
        new Select(browser.find("#status")).selectByValue("handled");
        browser.submitAndWait(browser.find("form[action$='/status']"));
        assertThat(browser.find("[role=status]").getText()).contains("已标为已处理");
        assertThat(browser.find("#notes").getText()).contains("已电话联系，明天寄样");
        seen("console-inquiry-handled");

        browser.clickAndWait(link("询盘"));
        assertThat(browser.find("#inquiries").getText()).contains("已处理");
        seen("console-inbox");

        browser.clickAndWait(link("操作记录"));
        browser.find(".filters summary").click();
        browser.find("#kind").sendKeys("inquiry.status");
        browser.submitAndWait(browser.find("form[role=search]"));
        WebElement entry = browser.find(".audit-list li");
        assertThat(entry.getText()).contains("inquiry.status").contains(operator).contains("new").contains("handled");
        assertThat(browser.all(".diff tr.changed")).isNotEmpty();
        seen("console-audit");
    }

    /** Saves the screenshot and fails on any serious or critical axe-core finding on the page. */
    private void seen(String name) {
        assertThat(browser.screenshot(name)).exists();
        assertThat(browser.seriousAccessibilityViolations()).as("axe on " + name).isEmpty();
    }

    private WebElement link(String text) {
        return browser.link(text);
    }

    /** Set-up as a platform admin would have done it: the belt, a product, a buyer's inquiry, its operator. */
    private String beltWithOperatorAndInquiry(String slug) {
        Api admin = admin();
        assertThat(admin.post("/admin/api/v1/tenants", Map.of("slug", slug, "name", "诸暨袜业产业带",
                "hosts", List.of(slug + ".localhost"))).status()).isEqualTo(201);
        String base = "/admin/api/v1/tenants/" + slug;
        long supplier = TwinBelts.created(admin.post(base + "/suppliers", TwinBelts.supplier("诸暨华袜针织厂")));
        long product = TwinBelts.created(admin.post(base + "/products", TwinBelts.product("PEOPLE-1", "女士纯棉中筒袜", supplier)));
        Api.Response inquiry = anonymous().onHost(slug + ".localhost").post("/api/v1/inquiries", Map.of("productId", product,
                "quantity", 2000, "name", "陈经理", "phone", "13900000000", "message", "请报 2000 双的价格"));
        assertThat(inquiry.status()).as(inquiry.toString()).isEqualTo(201);
        String username = "walker-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(admin.post("/admin/api/v1/users", Map.of("username", username, "password", PASSWORD,
                "grants", List.of(Map.of("tenant", slug, "role", "region_operator")))).status()).isEqualTo(201);
        return username;
    }
}
