package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The catalogue screens as a person uses them, in a real browser at 390 px wide: adds a supplier, adds a product
 * with two price tiers (the second through the "add a tier" button), finds it in the filtered list, withdraws it
 * with a bulk action, then deletes it after the confirmation page. Each page is checked with axe-core and saved as
 * target/screenshots/console-catalogue-*.png.
 */
class CatalogueConsoleBrowserTest extends BrowserWalk {

    private static final String PASSWORD = "a-long-password";

    @Test
    void anOperatorAddsASupplierAndAProductWithTwoTiersFindsItAndWithdrawsAndDeletesIt() {
        String slug = "cat-" + UUID.randomUUID().toString().substring(0, 6);
        String operator = operatorOf(slug);
        String console = "http://localhost:" + port + "/admin/";
        browser.resize(Browser.NARROW_PHONE).open(console + "login");
        browser.find("#username").sendKeys(operator);
        browser.find("#password").sendKeys(PASSWORD);
        browser.submitAndWait(browser.find("form"));
        assertThat(browser.url()).endsWith("/admin/belts/" + slug + "/");

        browser.clickAndWait(link("供应商"));
        browser.clickAndWait(link("添加供应商"));
        browser.find("#name").sendKeys("织里童话服饰厂");
        browser.find("#code").sendKeys("ZL-001");
        new Select(browser.find("#creditRating")).selectByVisibleText("4A");
        browser.find("#verified").click();
        browser.find("#capability-samples").click();
        browser.find("#yearsActive").sendKeys("八");
        browser.find("#location").sendKeys("浙江湖州织里镇");
        browser.find("#contactEmail").sendKeys("sales@tonghua.example.com");
        seen("console-catalogue-supplier-form");
        browser.submitAndWait(browser.find("main form"));
        assertThat(browser.find("#yearsActive-error").getText()).contains("应为整数");
        assertThat(browser.find("#name").getAttribute("value")).isEqualTo("织里童话服饰厂");
        seen("console-catalogue-supplier-errors");
        browser.find("#yearsActive").clear();
        browser.find("#yearsActive").sendKeys("8");
        browser.submitAndWait(browser.find("main form"));
        assertThat(browser.find("[role=status]").getText()).contains("织里童话服饰厂");
        assertThat(browser.find(".belt-list").getText()).contains("ZL-001").contains("4A");
        browser.clickAndWait(link("织里童话服饰厂"));
        assertThat(browser.find("#contactEmail").getAttribute("value")).isEqualTo("sales@tonghua.example.com");
        browser.clickAndWait(link("返回供应商列表"));
        seen("console-catalogue-suppliers");

        browser.clickAndWait(link("商品"));
        browser.clickAndWait(link("添加商品"));
        browser.find("#sku").sendKeys("ZL-DRESS-1");
        browser.find("#title").sendKeys("女童纯棉连衣裙");
        new Select(browser.find("#category")).selectByVisibleText("童装/女童");
        new Select(browser.find("#supplierId")).selectByVisibleText("织里童话服饰厂 (ZL-001)");
        browser.find("#moq").sendKeys("30");
        browser.find("[id='priceTiers-0.minQty']").sendKeys("30");
        browser.find("[id='priceTiers-0.price']").sendKeys("25.80");
        browser.clickAndWait(button("再加一档价格"));
        assertThat(browser.find("[id='priceTiers-0.price']").getAttribute("value")).isEqualTo("25.80");
        browser.find("[id='priceTiers-1.minQty']").sendKeys("300");
        browser.find("[id='priceTiers-1.price']").sendKeys("22.50");
        seen("console-catalogue-product-form");
        browser.clickAndWait(button("保存"));
        assertThat(browser.find("[role=status]").getText()).contains("女童纯棉连衣裙");

        new Select(browser.find("#missingImages")).selectByVisibleText("没有图片");
        browser.find("#q").sendKeys("连衣裙");
        browser.clickAndWait(button("筛选"));
        assertThat(browser.url()).contains("missingImages=true").contains("q=");
        assertThat(browser.find("#products-count").getText()).contains("共 1 个商品");
        assertThat(browser.find(".products").getText()).contains("女童纯棉连衣裙").contains("22.50 元起").contains("在售");
        seen("console-catalogue-products");

        browser.find(".products input[type=checkbox]").click();
        new Select(browser.find("#action")).selectByVisibleText("下架");
        browser.clickAndWait(button("执行"));
        assertThat(browser.find("[role=status]").getText()).contains("已下架 1 个商品");
        assertThat(browser.url()).as("the filters stay").contains("missingImages=true");
        assertThat(browser.find(".products").getText()).contains("已下架");
        seen("console-catalogue-products-withdrawn");

        browser.find(".products input[type=checkbox]").click();
        new Select(browser.find("#action")).selectByVisibleText("删除");
        browser.clickAndWait(button("执行"));
        assertThat(browser.find("main form").getText()).contains("确定删除以下 1 个商品吗").contains("女童纯棉连衣裙");
        seen("console-catalogue-bulk-delete");
        browser.clickAndWait(button("删除这 1 个商品"));
        assertThat(browser.find("[role=status]").getText()).contains("已删除 1 个商品");
        assertThat(browser.find("#products-count").getText()).contains("共 0 个商品");

        browser.clickAndWait(link("分类"));
        assertThat(browser.find(".tree").getText()).contains("童装").contains("女童");
        seen("console-catalogue-categories");
    }

    private void seen(String name) {
        assertThat(browser.screenshot(name)).exists();
        assertThat(browser.seriousAccessibilityViolations()).as("axe on " + name).isEmpty();
    }

    private WebElement link(String text) {
        return browser.link(text);
    }

    private WebElement button(String text) {
        return browser.all("main button").stream().filter(b -> b.getText().strip().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text + " on " + browser.url()));
    }

    /** A belt with a category, made through the API as set-up, and its region operator. */
    private String operatorOf(String slug) {
        Api admin = admin();
        assertThat(admin.post("/admin/api/v1/tenants", Map.of("slug", slug, "name", "织里童装产业带",
                "hosts", List.of(slug + ".localhost"))).status()).isEqualTo(201);
        assertThat(admin.post("/admin/api/v1/tenants/" + slug + "/categories", Map.of("path", "童装/女童")).status()).isEqualTo(201);
        String username = "shop-" + UUID.randomUUID().toString().substring(0, 6);
        Api.Response created = admin.post("/admin/api/v1/users", Map.of("username", username, "password", PASSWORD,
                "grants", List.of(Map.of("tenant", slug, "role", "region_operator"))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }
}
