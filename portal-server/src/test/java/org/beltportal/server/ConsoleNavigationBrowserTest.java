package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A belt's navigation of fifteen screens, in Chromium: on a 390 px phone it is one menu button saying where you
 * are, opened by keyboard into groups (catalogue, buyers, campaigns, site, people) whose links lead on; on a
 * laptop the groups stand open. Screenshots: target/screenshots/console-nav-*.png.
 */
class ConsoleNavigationBrowserTest extends BrowserWalk {

    @Test
    void onAPhoneTheGroupedScreensSitBehindOneMenuThatTheKeyboardOpens() {
        String slug = "nav-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(admin().post("/admin/api/v1/tenants", Map.of("slug", slug, "name", "白沟箱包产业带",
                "hosts", List.of(slug + ".localhost"))).status()).isEqualTo(201);
        String console = "http://localhost:" + port + "/admin/";
        browser.resize(Browser.NARROW_PHONE);
        browser.signIn(console + "login", ADMIN, ADMIN_PASSWORD);
        browser.open(console + "belts/" + slug + "/products");
        browser.seen("console-nav-phone");

        WebElement nav = browser.find(".belt-nav");
        assertThat(nav.getSize().getHeight()).as("the closed menu is one row").isLessThan(100);
        assertThat(browser.find(".belt-nav summary").getText()).contains("白沟箱包产业带").contains("菜单").contains("商品");
        assertThat(browser.link("供应商").isDisplayed()).as("links wait behind the menu").isFalse();

        WebElement summary = browser.find(".belt-nav summary");
        browser.evaluate("document.querySelector('.belt-nav summary').focus()");
        summary.sendKeys(Keys.ENTER);
        assertThat(browser.find(".belt-nav details").getAttribute("open")).isNotNull();
        List<String> groups = browser.all(".nav-section-label").stream().map(WebElement::getText).toList();
        assertThat(groups).containsExactly("商品目录", "采购商", "营销活动", "网站", "人员");
        assertThat(browser.find(".nav-section.here").getText()).contains("商品目录").contains("商品").contains("供应商")
                .contains("分类").contains("导入");
        assertThat(browser.find("a[aria-current=page]").getText()).isEqualTo("商品");
        assertThat(browser.find("ul[aria-labelledby=nav-site]").getText()).contains("品牌形象").contains("模板");
        summary.sendKeys(Keys.TAB);
        assertThat(activeLinkText()).as("Tab leads into the opened menu").isEqualTo("待办");
        browser.seen("console-nav-phone-open");

        browser.clickAndWait(browser.link("供应商"));
        assertThat(browser.find("h1").getText()).contains("供应商");
        assertThat(browser.find(".belt-nav summary").getText()).contains("供应商");
        assertThat(browser.link("供应商").isDisplayed()).as("a new page starts with the menu closed").isFalse();

        browser.open(console + "belts/" + slug + "/suppliers/new");
        assertThat(browser.find(".belt-nav summary").getText()).as("a form belongs to its list").contains("供应商");
        assertThat(browser.find("a[aria-current=location]").getDomProperty("textContent")).isEqualTo("供应商");
    }

    @Test
    void onALaptopTheGroupsStandOpenWithoutAMenuButton() {
        String slug = "navd-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(admin().post("/admin/api/v1/tenants", Map.of("slug", slug, "name", "白沟箱包产业带",
                "hosts", List.of(slug + ".localhost"))).status()).isEqualTo(201);
        String console = "http://localhost:" + port + "/admin/";
        browser.resize(Browser.DESKTOP);
        browser.signIn(console + "login", ADMIN, ADMIN_PASSWORD);
        browser.open(console + "belts/" + slug + "/inquiries");
        assertThat(browser.link("节庆日历").isDisplayed()).isTrue();
        assertThat(browser.find(".menu-button").isDisplayed()).isFalse();
        assertThat(browser.find(".belt-nav").getSize().getHeight()).as("two rows at most on a laptop").isLessThan(110);
        browser.seen("console-nav-desktop");
        browser.clickAndWait(browser.link("品牌形象"));
        assertThat(browser.find("h1").getText()).contains("品牌形象");
    }

    private String activeLinkText() {
        return String.valueOf(browser.evaluate("return document.activeElement.textContent")).strip();
    }
}
