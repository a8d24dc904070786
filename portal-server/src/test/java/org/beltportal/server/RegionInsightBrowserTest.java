package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.beltportal.core.insight.InsightFlusher;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18's walk in Debian's Chromium, as a provincial official does it: signs in as regional admin of 浙江, opens
 * the province's dashboard, ranks belts by searches for today, drills into a belt's insight screen, finds a query
 * that found nothing among its top zero-result queries, follows its "add synonym set" link (the form comes
 * prefilled with the query through {@code ?terms=}), adds a word the belt's goods use, saves, and then the
 * belt's public search finds the product for that query. Set-up (belt, product, the official, buyers' searches
 * and a flush of the counters) happens before the walk; the walk itself is clicks and typing only. Each console
 * page is checked with axe-core and saved as target/screenshots/region-insight-*.png.
 */
class RegionInsightBrowserTest extends BrowserWalk {

    private static final String PASSWORD = "a-long-password";
    private static final String MISSING = "焖烧壶";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    InsightFlusher flusher;

    @Test
    void aRegionalAdminTurnsAZeroResultQueryIntoASynonymAndTheQueryFindsProducts() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String slug = "yb-" + suffix;
        String name = "永康杯壶产业带" + suffix;
        Api admin = admin();
        assertThat(admin.post("/admin/api/v1/tenants", Map.of("slug", slug, "name", name, "regionCode", "330784",
                "hosts", List.of(slug + ".localhost"))).status()).isEqualTo(201);
        String base = "/admin/api/v1/tenants/" + slug;
        long supplier = TwinBelts.created(admin.post(base + "/suppliers", TwinBelts.supplier("永康保温杯厂")));
        long product = TwinBelts.created(admin.post(base + "/products", TwinBelts.product("YB-1", "304不锈钢真空保温杯", supplier)));
        String username = "zj-walk-" + suffix;
        assertThat(admin.post("/admin/api/v1/users", Map.of("username", username, "password", PASSWORD,
                "grants", List.of(Map.of("role", "regional_admin", "region", "330000")))).status()).isEqualTo(201);
        String productLink = "/products/" + product + "?from=search&pos=1";
        waitUntil(() -> buyerGet(slug, "/api/v1/search?q=" + URLEncoder.encode("保温杯", StandardCharsets.UTF_8))
                .contains("\"total\":1"), "the product is searchable");
        assertThat(links(buyerSearch(slug, "保温杯"), productLink)).isTrue();
        // Buyers search for a word the belt's goods do not use yet; it finds nothing, and the counts are flushed.
        for (int i = 0; i < 5; i++) {
            assertThat(links(buyerSearch(slug, MISSING), productLink)).isFalse();
        }
        flusher.flush();

        browser.resize(Browser.DESKTOP);
        browser.signIn("http://localhost:" + port + "/admin/", username, PASSWORD);
        assertThat(browser.url()).endsWith("/admin/regions/330000");
        browser.clickAndWait(browser.link("本地区数据看板"));
        assertThat(browser.find("h1").getText()).isEqualTo("浙江省数据看板");
        seen("region-insight-province");

        WebElement from = browser.find("#from");
        from.clear();
        from.sendKeys(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        new Select(browser.find("#metric")).selectByVisibleText("搜索次数");
        browser.submitAndWait(browser.find("main form"));
        assertThat(browser.find("#ranking-heading").getText()).contains("搜索次数");
        assertThat(browser.find("#ranking").getText()).contains(name);
        seen("region-insight-ranked");

        browser.clickAndWait(browser.link(name));
        assertThat(browser.url()).contains("/admin/belts/" + slug + "/insight");
        WebElement zero = browser.find("section[aria-labelledby=zero-heading]");
        assertThat(zero.getText()).contains(MISSING);
        seen("region-insight-belt");

        WebElement addSynonym = zero.findElements(By.cssSelector("a[href*='terms=']")).stream()
                .filter(a -> String.valueOf(a.getDomProperty("href")).contains(URLEncoder.encode(MISSING, StandardCharsets.UTF_8)))
                .findFirst().orElseThrow(() -> new AssertionError("no add-synonym link for " + MISSING));
        browser.clickAndWait(addSynonym);
        assertThat(browser.url()).contains("/admin/belts/" + slug + "/search?terms=");
        WebElement terms = browser.find("#terms");
        assertThat(terms.getDomProperty("value")).isEqualTo(MISSING + "\n");
        seen("region-insight-synonym-form");
        // Typed straight away: the field has the focus, and the caret is on the new line after the query.
        terms.sendKeys("保温杯");
        browser.submitAndWait(terms.findElement(By.xpath("./ancestor::form")));
        assertThat(browser.find("main").getText()).contains("已添加同义词组").contains(MISSING + " · 保温杯");
        seen("region-insight-synonym-saved");

        String publicSearch = "http://" + slug + ".localhost:" + port + "/search?q=" + URLEncoder.encode(MISSING, StandardCharsets.UTF_8);
        waitUntil(() -> !browser.open(publicSearch).all("a[href$='" + productLink + "']").isEmpty(), "the public search finds the product");
        browser.screenshot("region-insight-public-search");
    }

    private void seen(String name) {
        browser.seen(name);
        Number overflow = (Number) browser.evaluate("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow.intValue()).as("sideways scroll on " + name).isLessThanOrEqualTo(0);
    }

    private static boolean links(String page, String link) {
        return !Jsoup.parse(page).select("a[href$=" + link + "]").isEmpty();
    }

    /** The belt's public search page for {@code query}, as a buyer's browser asks for it (counted by insight). */
    private String buyerSearch(String slug, String query) {
        return buyerGet(slug, "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private String buyerGet(String slug, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Host", slug + ".localhost")
                    .header("User-Agent", InsightTest.FIREFOX).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        for (int tries = 0; tries < 300; tries++) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("waited in vain until " + what);
    }
}
