package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;

/**
 * What a buyer does, in a real browser: two belts with different themes, a search narrowed by a facet,
 * an inquiry sent from a product page. Belts answer on {slug}.localhost, which Chromium resolves to this
 * machine by itself. Each test saves screenshots under portal-server/target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest extends PortalServerTest {

    private Browser browser;
    private Belt catalogBelt;
    private Belt festivalBelt;

    record Belt(String slug, String name, long productId) {
    }

    @BeforeAll
    void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void twoBelts() {
        if (catalogBelt == null) {
            String suffix = UUID.randomUUID().toString().substring(0, 6);
            catalogBelt = belt("bra-" + suffix, "织里童装", "catalog", "#1d4ed8");
            festivalBelt = belt("brb-" + suffix, "诸暨袜业", "festival", "#b91c1c");
        }
    }

    @Test
    void eachBeltShowsItsOwnNameAndTheme() throws Exception {
        browser.resize(Browser.PHONE).open(home(catalogBelt));
        assertThat(browser.find("h1").getText()).contains(catalogBelt.name());
        String catalogHeader = browser.style(".site-header", "background-color");
        String catalogSheets = stylesheets();
        assertThat(Files.size(browser.screenshot("home-catalog-phone"))).isPositive();
        assertThat(browser.seriousAccessibilityViolations()).as("axe on catalog home").isEmpty();

        browser.open(home(festivalBelt));
        assertThat(browser.find("h1").getText()).contains(festivalBelt.name());
        assertThat(browser.style(".site-header", "background-color")).isNotEqualTo(catalogHeader);
        assertThat(stylesheets()).isNotEqualTo(catalogSheets).contains("festival");
        browser.screenshot("home-festival-phone");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on festival home").isEmpty();
        browser.resize(Browser.DESKTOP).screenshot("home-festival-desktop");
    }

    @Test
    void facetNarrowsTheSearchResults() {
        browser.resize(Browser.DESKTOP).open(home(catalogBelt));
        WebElement box = browser.find("form[role=search] input[name=q]");
        box.sendKeys("连衣裙");
        browser.submitAndWait(browser.find("form[role=search]"));
        assertThat(browser.url()).contains("/search?q=");
        int before = browser.all(".results .card").size();
        assertThat(before).isEqualTo(3);

        WebElement verifiedOnly = browser.all(".facets a").stream()
                .filter(link -> link.getText().contains("实力商家"))
                .findFirst().orElseThrow(() -> new AssertionError("no verified facet on " + browser.url()));
        browser.clickAndWait(verifiedOnly);
        assertThat(browser.all(".results .card")).hasSize(2);
        assertThat(browser.find(".active-filters").getText()).contains("实力商家");
        browser.screenshot("search-facet-desktop");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on search").isEmpty();
    }

    @Test
    void buyerSendsAnInquiryFromTheProductPage() {
        browser.resize(Browser.PHONE).open(home(festivalBelt) + "products/" + festivalBelt.productId());
        assertThat(browser.find("h1").getText()).contains("连衣裙");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on product").isEmpty();
        browser.find("#inquiry-quantity").sendKeys("500");
        browser.find("#inquiry-name").sendKeys("王经理");
        browser.find("#inquiry-phone").sendKeys("13800000000");
        browser.find("#inquiry-message").sendKeys("请报 500 件的价格");
        browser.submitAndWait(browser.find("form.inquiry-form"));
        assertThat(browser.url()).contains("inquiry=sent");
        assertThat(browser.find(".inquiry [role=status]").getText()).isNotBlank();
        browser.screenshot("product-inquiry-sent-phone");

        Api.Response inquiries = admin().get("/admin/api/v1/tenants/" + festivalBelt.slug() + "/inquiries");
        assertThat(inquiries.status()).as(inquiries.toString()).isEqualTo(200);
        assertThat(inquiries.body()).contains("王经理");
    }

    private String home(Belt belt) {
        return "http://" + belt.slug() + ".localhost:" + port + "/";
    }

    private String stylesheets() {
        return browser.all("link[rel=stylesheet]").stream().map(link -> link.getAttribute("href")).toList().toString();
    }

    /** A belt with two verified suppliers' dresses and one unverified supplier's dress. */
    private Belt belt(String slug, String name, String theme, String primaryColor) {
        Api admin = admin();
        Api.Response tenant = admin.post("/admin/api/v1/tenants", Map.of("slug", slug, "name", name, "theme", theme,
                "hosts", List.of(slug + ".localhost"), "region", "浙江省"));
        assertThat(tenant.status()).as(tenant.toString()).isEqualTo(201);
        String base = "/admin/api/v1/tenants/" + slug;
        Api.Response branding = admin.put(base + "/branding", Map.of("primaryColor", primaryColor, "accentColor", "#f59e0b",
                "slogan", name + "源头工厂"));
        assertThat(branding.status()).as(branding.toString()).isEqualTo(200);
        long verified = TwinBelts.created(admin.post(base + "/suppliers", TwinBelts.supplier("实力工厂")));
        long small = TwinBelts.created(admin.post(base + "/suppliers", Map.of("name", "小作坊", "creditRating", "2A",
                "verified", false, "yearsActive", 1, "capabilities", List.of())));
        long first = TwinBelts.created(admin.post(base + "/products", TwinBelts.product("BR-1", "女童碎花连衣裙", verified)));
        TwinBelts.created(admin.post(base + "/products", TwinBelts.product("BR-2", "女童公主连衣裙", verified)));
        TwinBelts.created(admin.post(base + "/products", TwinBelts.product("BR-3", "纯棉连衣裙", small)));
        return new Belt(slug, name, first);
    }
}
