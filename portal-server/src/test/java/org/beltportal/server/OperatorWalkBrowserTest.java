package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import org.beltportal.core.testing.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 16's whole story in one walk, in Chromium at 390 px wide and without an API call: a platform admin
 * creates a belt and invites its operator, who sets a password through the mailed link, brands the belt with a
 * logo from the media library, adds a supplier, imports a CSV with one bad row and imports it again fixed; a
 * buyer finds the product on the belt's portal and asks for a price; the operator gets the mail and marks the
 * inquiry handled. Each page is checked with axe-core and saved as target/screenshots/walk-*.png.
 */
class OperatorWalkBrowserTest extends BrowserWalk {

    private static final Mailbox MAIL = new Mailbox();
    private static final Pattern SET_PASSWORD = Pattern.compile("/admin/password-reset\\?token=[A-Za-z0-9_-]+");
    private static final String HEADER = "sku,title,supplier,moq,priceTiers\n";
    private static final String GOOD_ROW = "YK-1,不锈钢真空保温杯,永康恒通杯业,50,50:18.5\n";

    private Path files;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        MAIL.startFor(registry);
        // New inquiries are mailed by a poller; a short interval keeps the walk from waiting on its default.
        registry.add("portal.notifications.poll-interval", () -> "200ms");
    }

    @BeforeAll
    void uploadFolder() throws IOException {
        files = Files.createTempDirectory("walk-uploads");
    }

    @AfterAll
    void stopMail() {
        MAIL.stop();
    }

    @Test
    void aBeltGoesFromNothingToAHandledInquiry() throws IOException, MessagingException {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String slug = "walk-" + suffix;
        String operator = "op-" + suffix;
        String operatorEmail = operator + "@example.com";
        String console = "http://localhost:" + port + "/admin/";
        browser.resize(Browser.NARROW_PHONE);

        browser.signIn(console + "login", ADMIN, ADMIN_PASSWORD);
        browser.clickAndWait(browser.link("新建产业带"));
        browser.find("#name").sendKeys("永康五金产业带");
        browser.find("#slug").sendKeys(slug);
        browser.find("#region").sendKeys("浙江省金华市永康市");
        browser.find("#hosts").sendKeys(slug + ".localhost");
        browser.seen("walk-01-belt-new");
        browser.submitAndWait(browser.find("main form"));
        assertThat(browser.url()).endsWith("/admin/belts/" + slug + "/");
        browser.seen("walk-02-belt-checklist");

        browser.clickAndWait(browser.link("全部用户"));
        browser.find("#username").sendKeys(operator);
        browser.find("#email").sendKeys(operatorEmail);
        browser.find("#belt").sendKeys(slug);
        new Select(browser.find("#role")).selectByValue("region_operator");
        browser.seen("walk-03-people-invite");
        browser.submitAndWait(browser.find("#invite form"));
        assertThat(browser.find("[role=status]").getText()).contains(operator).contains(operatorEmail);
        assertThat(browser.find("main").getText()).contains(slug);
        browser.seen("walk-04-people-invited");
        browser.clickAndWait(browser.find(".logout button"));

        Matcher link = SET_PASSWORD.matcher(MAIL.awaitTextTo(operatorEmail, "/admin/password-reset"));
        assertThat(link.find()).as("a set-password link in the invitation").isTrue();
        browser.open("http://localhost:" + port + link.group());
        browser.find("#newPassword").sendKeys("operator-chose-this");
        browser.seen("walk-05-set-password");
        browser.submitAndWait(browser.find("main form"));
        assertThat(browser.find("[role=status]").getText()).contains("新密码已设置");

        browser.signIn(console + "login", operator, "operator-chose-this");
        assertThat(browser.url()).endsWith("/admin/belts/" + slug + "/");
        browser.clickAndWait(browser.link("媒体库"));
        browser.find("#file").sendKeys(file("logo.png", TestImages.picture("png", 320, 320, new Color(0x8b1a1a))));
        browser.find("#kind option[value=logo]").click();
        browser.find("#alt").sendKeys("永康五金产业带标志");
        browser.submitAndWait(browser.find("main form"));
        assertThat(browser.find("[role=status]").getText()).contains("logo.png");
        browser.seen("walk-06-media");

        browser.clickAndWait(browser.link("品牌形象"));
        browser.find("#logoUrl-picker summary").click();
        browser.all("#logoUrl-picker label").stream().filter(label -> label.getText().contains("永康五金产业带标志")).findFirst()
                .orElseThrow(() -> new AssertionError("the uploaded logo is not offered")).click();
        String logo = browser.find("#logoUrl-picker input:checked").getAttribute("value");
        assertThat(browser.find("#logoUrl").getAttribute("value")).as("picking fills the field").isEqualTo(logo).startsWith("/media/");
        browser.evaluate("document.getElementById('logoUrl').scrollIntoView()");
        browser.seen("console-picker-logo");
        WebElement primary = browser.find("#primaryColor");
        primary.clear();
        primary.sendKeys("#8b1a1a");
        browser.seen("walk-07-branding");
        browser.submitAndWait(browser.find("#branding-form"));
        assertThat(browser.find("[role=status]").getText()).contains("品牌形象已保存");
        assertThat(browser.find("#logoUrl").getAttribute("value")).isEqualTo(logo);

        browser.clickAndWait(browser.link("供应商"));
        browser.clickAndWait(browser.link("添加供应商"));
        browser.find("#name").sendKeys("永康恒通杯业");
        browser.find("#code").sendKeys("YK-HT");
        new Select(browser.find("#creditRating")).selectByVisibleText("4A");
        browser.find("#yearsActive").sendKeys("12");
        browser.find("#location").sendKeys("浙江永康经济开发区");
        browser.find("#contactEmail").sendKeys("sales@hengtong.example.com");
        browser.seen("walk-08-supplier-form");
        browser.submitAndWait(browser.find("main form"));
        assertThat(browser.find("[role=status]").getText()).contains("永康恒通杯业");
        browser.seen("walk-09-suppliers");

        browser.clickAndWait(browser.link("导入"));
        String bad = HEADER + GOOD_ROW + "YK-2,保温饭盒,没有这家厂,50,50:22\n";
        browser.find("#file").sendKeys(file("products.csv", bad.getBytes(StandardCharsets.UTF_8)));
        browser.submitAndWait(browser.find("main form"));
        browser.waitUntil(() -> !browser.all("#job table").isEmpty());
        assertThat(browser.find("#job table").getText()).contains("3").contains("supplier").contains("没有这家厂");
        browser.seen("walk-10-import-errors");
        String report = browser.fetchText(browser.find("a[href$='/errors.csv']").getAttribute("href"));
        assertThat(report).contains("row,field,message").contains("3,supplier,");
        browser.clickAndWait(browser.link("全部导入"));
        String fixed = HEADER + GOOD_ROW + "YK-2,保温饭盒,永康恒通杯业,50,50:22\n";
        browser.find("#file").sendKeys(file("products-fixed.csv", fixed.getBytes(StandardCharsets.UTF_8)));
        browser.submitAndWait(browser.find("main form"));
        browser.waitUntil(() -> browser.find("#job").getText().contains("所有行都已导入"));
        browser.seen("walk-11-import-done");

        String portal = "http://" + slug + ".localhost:" + port + "/";
        browser.open(portal);
        assertThat(browser.style(".site-header", "background-color")).isEqualTo("rgba(139, 26, 26, 1)");
        assertThat(browser.find("img.brand-logo").getAttribute("src")).endsWith(logo);
        browser.find("#header-q").sendKeys("保温杯");
        browser.submitAndWait(browser.find("form.header-search"));
        // The search index follows the import a moment later: the buyer reloads until the product is there.
        browser.waitUntil(() -> !browser.open(browser.url()).all(".results .card-title a").isEmpty());
        assertThat(browser.find(".results .card-title").getText()).isEqualTo("不锈钢真空保温杯");
        browser.seen("walk-12-portal-search");
        browser.clickAndWait(browser.find(".results .card-title a"));
        WebElement quantity = browser.find("#inquiry-quantity");
        assertThat(quantity.getAttribute("value")).as("the form starts at the minimum order").isEqualTo("50");
        quantity.clear();
        quantity.sendKeys("500");
        browser.find("#inquiry-name").sendKeys("周经理");
        browser.find("#inquiry-phone").sendKeys("13700000000");
        browser.find("#inquiry-message").sendKeys("请报 500 只的价格，可以印标志吗？");
        browser.submitAndWait(browser.find("form.inquiry-form"));
        assertThat(browser.find(".inquiry-sent").getText()).isNotBlank();
        browser.seen("walk-13-portal-inquiry-sent");

        String notification = MAIL.awaitTextTo(operatorEmail, "新询盘");
        assertThat(notification).contains("不锈钢真空保温杯").contains("数量: 500\n").contains("周经理").contains("13700000000");

        browser.open(console + "belts/" + slug + "/");
        browser.clickAndWait(browser.link("询盘"));
        browser.clickAndWait(browser.link("不锈钢真空保温杯"));
        assertThat(browser.find("main").getText()).contains("周经理").contains("请报 500 只的价格").contains(operatorEmail);
        new Select(browser.find("#status")).selectByValue("handled");
        browser.submitAndWait(browser.find("form[action$='/status']"));
        assertThat(browser.find("[role=status]").getText()).contains("已标为已处理");
        browser.seen("walk-14-inquiry-handled");
    }

    private String file(String name, byte[] content) throws IOException {
        Path path = files.resolve(name);
        Files.write(path, content);
        return path.toAbsolutePath().toString();
    }
}
