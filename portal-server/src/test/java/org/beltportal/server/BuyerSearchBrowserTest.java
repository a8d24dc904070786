package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.core.testing.Eventually.eventually;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * How a buyer on a phone searches, in a real browser: suggestions while typing pinyin initials, chosen by
 * keyboard; the first results visible without scrolling on a 390 px phone; the festival theme in the belt's
 * own colour. Screenshots go to target/screenshots/buyer-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BuyerSearchBrowserTest extends PortalServerTest {

    private static final String PRIMARY = "#0f766e";

    private Browser browser;
    private String slug;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start();
    }

    /** After the platform admin exists (a {@code @BeforeEach} of the base class), once. */
    @BeforeEach
    void belt() {
        if (slug != null) {
            return;
        }
        slug = "bsb-" + UUID.randomUUID().toString().substring(0, 6);
        Api admin = admin();
        Api.Response tenant = admin.post("/admin/api/v1/tenants", Map.of("slug", slug, "name", "织里童装", "theme", "festival",
                "hosts", List.of(slug + ".localhost"), "region", "浙江省"));
        assertThat(tenant.status()).as(tenant.toString()).isEqualTo(201);
        String base = "/admin/api/v1/tenants/" + slug;
        assertThat(admin.put(base + "/branding", Map.of("primaryColor", PRIMARY, "accentColor", "#f59e0b")).status()).isEqualTo(200);
        long supplier = TwinBelts.created(admin.post(base + "/suppliers", TwinBelts.supplier("实力工厂")));
        TwinBelts.created(admin.post(base + "/products", TwinBelts.product("BS-1", "女童碎花连衣裙", supplier)));
        TwinBelts.created(admin.post(base + "/products", TwinBelts.product("BS-2", "纯棉连衣裙", supplier)));
        TwinBelts.created(admin.post(base + "/products", TwinBelts.product("BS-3", "儿童棉袜子", supplier)));
        // The index takes new products in the background (at a lower priority, decision 0034): on a busy machine the
        // walk must not type before suggest knows them.
        eventually("the new titles in suggest", Duration.ofSeconds(60),
                () -> anonymous().get("/t/" + slug + "/api/v1/suggest?q=lyq").body(),
                body -> body.contains("女童碎花连衣裙") && body.contains("纯棉连衣裙"));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void initialsSuggestTitlesThatTheKeyboardChooses() {
        browser.resize(Browser.NARROW_PHONE).open(home());
        WebElement box = browser.find("#header-q");
        assertThat(box.getAttribute("role")).isEqualTo("combobox");
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
        box.sendKeys("lyq");
        browser.waitUntil(() -> "true".equals(box.getAttribute("aria-expanded")));
        List<WebElement> options = browser.all("#header-q-suggestions [role=option]");
        assertThat(options).extracting(WebElement::getText).containsExactlyInAnyOrder("女童碎花连衣裙", "纯棉连衣裙");
        assertThat(browser.find("form.header-search [role=status]").getAttribute("textContent")).startsWith("2 条建议");
        assertThat(box.getAttribute("aria-controls")).isEqualTo("header-q-suggestions");

        box.sendKeys(Keys.ARROW_DOWN);
        String chosen = options.get(0).getText();
        assertThat(box.getAttribute("aria-activedescendant")).isEqualTo(options.get(0).getAttribute("id"));
        assertThat(options.get(0).getAttribute("aria-selected")).isEqualTo("true");
        browser.screenshot("buyer-suggestions-phone");
        assertThat(browser.seriousAccessibilityViolations()).as("axe with the suggestions open").isEmpty();

        box.sendKeys(Keys.ESCAPE);
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
        box.sendKeys(Keys.ARROW_DOWN);
        assertThat(box.getAttribute("aria-activedescendant")).isEqualTo(options.get(0).getAttribute("id"));

        WebElement page = browser.find("html");
        box.sendKeys(Keys.ENTER);
        browser.waitUntil(() -> isGone(page));
        assertThat(URLDecoder.decode(browser.url(), StandardCharsets.UTF_8)).contains("/search?q=" + chosen);
        assertThat(browser.find(".results .card-title").getText()).isEqualTo(chosen);
    }

    @Test
    void firstResultIsAboveTheFoldOnAPhone() {
        browser.resize(Browser.NARROW_PHONE).open(home() + "search?q=连衣裙");
        Number top = (Number) browser.evaluate("return document.querySelector('.results .card').getBoundingClientRect().top;");
        Number height = (Number) browser.evaluate("return window.innerHeight;");
        browser.screenshot("buyer-search-phone");
        assertThat(top.doubleValue()).as("first result's top at a viewport of " + height).isLessThan(height.doubleValue());
    }

    @Test
    void festivalHeaderTakesTheBeltsPrimaryColour() {
        browser.resize(Browser.NARROW_PHONE).open(home());
        assertThat(browser.style(".site-header", "background-color")).isEqualTo("rgba(15, 118, 110, 1)");
        assertThat(browser.find("link[rel=icon]").getAttribute("href")).startsWith("data:image/svg+xml");
        browser.screenshot("buyer-festival-home-phone");
    }

    private String home() {
        return "http://" + slug + ".localhost:" + port + "/";
    }

    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return true;
        }
    }
}
