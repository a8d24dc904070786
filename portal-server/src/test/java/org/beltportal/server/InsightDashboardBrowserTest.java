package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.beltportal.core.insight.InsightFlusher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The belt dashboard, a campaign's dashboard and the monthly report in a real browser, at a phone's width and on a
 * desktop: ECharts draws a chart above each table once buyers have visited, every page passes axe-core, and each
 * is saved as target/screenshots/console-insight-*.png.
 */
class InsightDashboardBrowserTest extends BrowserWalk {

    private static final String PASSWORD = "a-long-password";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    InsightFlusher flusher;

    @Test
    void anOperatorReadsTheDashboardsAndTheMonthlyReportWithChartsThatPassAxe() throws Exception {
        String slug = "seen-" + UUID.randomUUID().toString().substring(0, 6);
        Api admin = admin();
        assertThat(admin.post("/admin/api/v1/tenants", Map.of("slug", slug, "name", "织里童装产业带", "hosts", List.of(slug + ".localhost")))
                .status()).isEqualTo(201);
        String base = "/admin/api/v1/tenants/" + slug;
        long supplier = TwinBelts.created(admin.post(base + "/suppliers", TwinBelts.supplier("织里童衣厂")));
        long product = TwinBelts.created(admin.post(base + "/products", TwinBelts.product("S-1", "女童纯棉连衣裙", supplier)));
        LocalDateTime now = LocalDateTime.now(SHANGHAI).truncatedTo(ChronoUnit.MINUTES);
        Map<String, Object> body = new HashMap<>(CampaignApiTest.campaign("seen-fest", now.minusDays(2), now.minusDays(1),
                now.plusDays(5), null, "hero"));
        body.put("featuredProductIds", List.of(product));
        long campaign = TwinBelts.created(admin.post(base + "/campaigns", body));
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/products/" + product, "/products/" + product, "/suppliers/" + supplier, "/search?q=hanfu")) {
            http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Host", slug + ".localhost")
                    .header("User-Agent", InsightConsoleTest.BROWSER).build(), HttpResponse.BodyHandlers.discarding());
        }
        flusher.flush();
        String username = "seer-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(admin.post("/admin/api/v1/users", Map.of("username", username, "password", PASSWORD,
                "grants", List.of(Map.of("tenant", slug, "role", "region_operator")))).status()).isEqualTo(201);
        String console = "http://localhost:" + port + "/admin/";
        browser.resize(Browser.NARROW_PHONE).open(console + "login");
        browser.find("#username").sendKeys(username);
        browser.find("#password").sendKeys(PASSWORD);
        browser.submitAndWait(browser.find("form"));

        String today = LocalDate.now(SHANGHAI).toString();
        browser.open(console + "belts/" + slug + "/insight?from=" + LocalDate.now(SHANGHAI).minusDays(6) + "&to=" + today);
        browser.waitUntil(() -> !browser.all("[data-chart=traffic] .chart svg").isEmpty());
        assertThat(browser.all("[data-chart=products] .chart svg")).hasSize(1);
        assertThat(browser.find("#products-table").getText()).contains("女童纯棉连衣裙");
        seen("console-insight-dashboard");
        browser.resize(Browser.DESKTOP);
        seen("console-insight-dashboard-desktop");
        browser.evaluate("document.getElementById('sources-heading').scrollIntoView(); return null;");
        seen("console-insight-dashboard-charts");
        browser.evaluate("document.getElementById('products-heading').scrollIntoView(); return null;");
        seen("console-insight-dashboard-products");

        browser.open(console + "belts/" + slug + "/insight/campaigns/" + campaign);
        assertThat(browser.find("#table-live").getText()).contains("2");
        seen("console-insight-campaign");

        browser.open(console + "belts/" + slug + "/insight/report?month=" + today.substring(0, 7) + "&lang=en");
        assertThat(browser.all("figure.bars-box svg")).hasSize(4);
        seen("console-insight-report");
        browser.evaluate("document.getElementById('report-charts').scrollIntoView(); return null;");
        seen("console-insight-report-charts");
    }

    private void seen(String name) {
        assertThat(browser.screenshot(name)).exists();
        assertThat(browser.seriousAccessibilityViolations()).as("axe on " + name).isEmpty();
    }
}
