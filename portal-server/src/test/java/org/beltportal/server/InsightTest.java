package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.beltportal.core.insight.InsightFlusher;
import org.beltportal.core.insight.InsightRecorder;
import org.beltportal.core.tenant.TenantService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Insight over real HTTP on the twin belts: a scripted visit (pages, searches with and without results, result
 * clicks through the no-JavaScript links, product and supplier views, inquiries from search and home, known
 * bots) and a forced flush give exactly the expected summary; a crash between flushes loses only the
 * unflushed window; one belt's counts never reach the other's summary, nor its operators.
 */
class InsightTest extends PortalServerTest {

    static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    static final String PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Version/17.5 Mobile Safari/604.1";
    static final String TABLET = "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Version/17.5 Safari/604.1";
    static final String GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
    static final String BAIDUSPIDER = "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)";
    static final String FOUND = "连衣裙";
    static final String NOT_FOUND = "火箭发动机";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    InsightFlusher flusher;

    @Autowired
    InsightRecorder recorder;

    @Autowired
    TenantService tenants;

    TwinBelts twins;
    Api admin;

    @BeforeEach
    void twins() {
        admin = admin();
        twins = new TwinBelts(admin);
        waitUntilSearchable(twins.inA);
    }

    @Test
    void scriptedVisitGivesExactlyTheExpectedSummary() {
        TwinBelts.Belt a = twins.inA;
        String product = "/products/" + a.productId();
        assertThat(get(a, FIREFOX, "/").statusCode()).isEqualTo(200);
        Document results = Jsoup.parse(get(a, FIREFOX, "/search?q=" + encode(FOUND)).body());
        assertThat(results.select("a[href$=" + product + "?from=search&pos=1]")).isNotEmpty();
        assertThat(get(a, FIREFOX, "/search?q=" + encode(NOT_FOUND)).statusCode()).isEqualTo(200);
        Document fromSearch = Jsoup.parse(get(a, FIREFOX, product + "?from=search&pos=1").body());
        assertThat(fromSearch.select("input[name=source]").attr("value")).isEqualTo("search");
        // A second visitor makes the same search (answered from the page cache) and clicks the third result.
        assertThat(get(a, PHONE, "/search?q=" + encode(FOUND)).statusCode()).isEqualTo(200);
        assertThat(get(a, PHONE, product + "?from=search&pos=3").statusCode()).isEqualTo(200);
        assertThat(get(a, PHONE, "/suppliers/" + a.supplierId()).statusCode()).isEqualTo(200);
        Document direct = Jsoup.parse(get(a, PHONE, product).body());
        assertThat(direct.select("input[name=source]").attr("value")).isEqualTo("direct");
        // Not views: a missing product, a HEAD, the sitemap, an operator's preview in time, and known bots.
        assertThat(get(a, PHONE, "/products/99999999").statusCode()).isEqualTo(404);
        assertThat(send(a, PHONE, HttpRequest.newBuilder(uri("/")).method("HEAD", HttpRequest.BodyPublishers.noBody()))
                .statusCode()).isEqualTo(200);
        assertThat(get(a, PHONE, "/sitemap.xml").statusCode()).isEqualTo(200);
        get(a, PHONE, "/?at=2030-01-01T10:00");
        assertThat(get(a, GOOGLEBOT, product + "?from=search&pos=2").statusCode()).isEqualTo(200);
        assertThat(get(a, BAIDUSPIDER, "/search?q=" + encode(NOT_FOUND)).statusCode()).isEqualTo(200);
        assertThat(apiSearch(a, BAIDUSPIDER, NOT_FOUND).statusCode()).isEqualTo(200);
        // The form from the search click sends its hidden source; a JSON client names its own.
        Map<String, String> form = new LinkedHashMap<>(Map.of("productId", Long.toString(a.productId()), "quantity", "300",
                "name", "王丽", "phone", "13805712345", "message", "表单询价", "website", "", "source", "search"));
        assertThat(send(a, FIREFOX, HttpRequest.newBuilder(uri("/inquiries"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form)))).statusCode()).isEqualTo(303);
        Api onA = anonymous().onHost(a.host());
        assertThat(onA.post("/api/v1/inquiries", inquiry(a.productId(), "home")).status()).isEqualTo(201);
        Api.Response refused = onA.post("/api/v1/inquiries", inquiry(a.productId(), "newsletter"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("details").get(0).get("field").asString()).isEqualTo("source");

        JsonNode summary = settledSummary(twins.a, 8);

        assertThat(summary.get("pageViews").asLong()).isEqualTo(8);
        assertThat(summary.get("visitors").asLong()).isEqualTo(2);
        assertThat(summary.get("searches").asLong()).isEqualTo(3);
        assertThat(summary.get("zeroResultSearches").asLong()).isEqualTo(1);
        // The two searches that found the twin product found it alone; the one that found nothing shows nothing.
        assertThat(summary.get("meanResultCount").asDouble()).isEqualTo(2.0 / 3);
        assertThat(summary.get("resultClicks").asLong()).isEqualTo(2);
        assertThat(summary.get("meanClickPosition").asDouble()).isEqualTo(2.0);
        assertThat(summary.get("productViews").asLong()).isEqualTo(3);
        assertThat(summary.get("supplierViews").asLong()).isEqualTo(1);
        assertThat(summary.get("pageViewsByType").toString())
                .isEqualTo("{\"home\":1,\"product\":3,\"search\":3,\"supplier\":1}");
        assertThat(summary.get("inquiries").get("total").asLong()).isEqualTo(2);
        assertThat(summary.get("inquiries").get("bySource").toString())
                .isEqualTo("{\"search\":1,\"campaign\":0,\"home\":1,\"direct\":0}");
        assertThat(queries(summary.get("topQueries"))).containsExactly(FOUND + "=2", NOT_FOUND + "=1");
        assertThat(queries(summary.get("topZeroResultQueries"))).containsExactly(NOT_FOUND + "=1");
        assertThat(summary.get("botRequests").asLong()).isGreaterThanOrEqualTo(3);
        JsonNode today = summary.get("daily").get(0);
        assertThat(today.get("date").asString()).isEqualTo(today().toString());
        assertThat(today.get("pageViews").asLong()).isEqualTo(8);
        assertThat(today.get("inquiries").asLong()).isEqualTo(2);
    }

    @Test
    void aCrashBetweenFlushesLosesOnlyTheUnflushedWindow() throws InterruptedException {
        TwinBelts.Belt a = twins.inA;
        flusher.stop();
        try {
            get(a, FIREFOX, "/");
            assertThat(settledSummary(twins.a, 1).get("pageViews").asLong()).isEqualTo(1);

            // Counted in memory, then the node dies before the next flush: the counts and the day's visitors go.
            get(a, PHONE, "/");
            get(a, PHONE, "/search?q=" + encode(FOUND));
            long idOfA = tenants.requireBySlug(twins.a).id().value();
            long lost = 0;
            for (int tries = 0; lost < 2 && tries < 100; tries++) {
                lost += recorder.drain().hours().stream()
                        .filter(count -> count.key().tenant() == idOfA && count.key().metric().equals("page_view"))
                        .mapToLong(InsightRecorder.HourCount::amount).sum();
                Thread.sleep(20);
            }
            assertThat(lost).isEqualTo(2);
            recorder.dropUnflushed();

            // After the restart: what the first flush wrote is there, the lost window is not, counting goes on.
            get(a, TABLET, "/");
            get(a, FIREFOX, "/");
            // A view is added before its visitor, so a flush between the two shows the view alone: waiting for the
            // third visitor waits for the third view too.
            JsonNode summary = settledSummary(twins.a, "visitors", 3);
            assertThat(summary.get("pageViews").asLong()).isEqualTo(3);
            assertThat(summary.get("searches").asLong()).isZero();
            // The restart forgot the day's visitors, so the first one counts again (docs/insight.md).
            assertThat(summary.get("visitors").asLong()).isEqualTo(3);
        } finally {
            flusher.start();
        }
    }

    @Test
    void beltsNeverSeeEachOthersCounts() {
        get(twins.inA, FIREFOX, "/search?q=" + encode(FOUND));
        get(twins.inA, FIREFOX, "/products/" + twins.inA.productId() + "?from=search&pos=1");
        assertThat(anonymous().onHost(twins.inA.host()).post("/api/v1/inquiries", inquiry(twins.inA.productId(), "search"))
                .status()).isEqualTo(201);
        settledSummary(twins.a, 2);

        JsonNode ofB = summary(admin, twins.b, "");
        assertThat(ofB.get("pageViews").asLong()).isZero();
        assertThat(ofB.get("searches").asLong()).isZero();
        assertThat(ofB.get("resultClicks").asLong()).isZero();
        assertThat(ofB.get("inquiries").get("total").asLong()).isZero();
        assertThat(ofB.get("topQueries")).isEmpty();

        Api operatorOfB = newOperatorOf(admin, twins.b);
        assertThat(summary(operatorOfB, twins.b, "").get("pageViews").asLong()).isZero();
        assertThat(operatorOfB.get(summaryPath(twins.a, "")).status()).isEqualTo(403);
        assertThat(operatorOfB.get(summaryPath("no-such-belt-" + twins.a, "")).status()).isEqualTo(404);
        assertThat(anonymous().get(summaryPath(twins.a, "")).status()).isEqualTo(401);
    }

    /** 诸暨 (330681) holds only this test's belt A; 白沟 (130684) is in another province. */
    @Test
    void aRegionsSummaryAddsUpTheBeltsUnderItAndOnlyThose() {
        assertThat(admin.put("/admin/api/v1/tenants/" + twins.a + "/region", Map.of("regionCode", "330681")).status()).isEqualTo(200);
        assertThat(admin.put("/admin/api/v1/tenants/" + twins.b + "/region", Map.of("regionCode", "130684")).status()).isEqualTo(200);
        String today = "?from=" + today() + "&to=" + today();
        // A database kept from an earlier run today holds that run's belts in these counties and their inquiries:
        // the figures are compared with those before this test's own inquiries.
        flusher.flush();
        long countyBefore = regionInquiries("330681", today);
        long countyHomeBefore = regionInquiriesFrom("330681", "home", today);
        long otherCountyBefore = regionInquiries("130684", today);
        assertThat(anonymous().onHost(twins.inA.host()).post("/api/v1/inquiries", inquiry(twins.inA.productId(), "home"))
                .status()).isEqualTo(201);
        assertThat(anonymous().onHost(twins.inB.host()).post("/api/v1/inquiries", inquiry(twins.inB.productId(), "home"))
                .status()).isEqualTo(201);
        flusher.flush();

        assertThat(regionInquiries("330681", today)).isEqualTo(countyBefore + 1);
        assertThat(regionInquiriesFrom("330681", "home", today)).isEqualTo(countyHomeBefore + 1);
        assertThat(regionInquiries("130684", today)).isEqualTo(otherCountyBefore + 1);

        String username = "hebei-" + System.nanoTime() % 1_000_000;
        Api.Response created = admin.post("/admin/api/v1/users", Map.of("username", username,
                "password", "regional-password", "grants", List.of(Map.of("role", "regional_admin", "region", "130000"))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api hebei = anonymous().login(username, "regional-password");
        assertThat(hebei.get("/admin/api/v1/regions/130000/insight/summary" + today).status()).isEqualTo(200);
        assertThat(hebei.get("/admin/api/v1/regions/330681/insight/summary" + today).status()).isEqualTo(403);
        assertThat(hebei.get("/admin/api/v1/regions/999999/insight/summary" + today).status()).isEqualTo(404);
    }

    private long regionInquiries(String code, String range) {
        return regionSummary(code, range).get("inquiries").get("total").asLong();
    }

    private long regionInquiriesFrom(String code, String source, String range) {
        return regionSummary(code, range).get("inquiries").get("bySource").path(source).asLong();
    }

    private JsonNode regionSummary(String code, String range) {
        Api.Response response = admin.get("/admin/api/v1/regions/" + code + "/insight/summary" + range);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    @Test
    void badRangesAre400NamingTheParameter() {
        assertThat(field(admin.get(summaryPath(twins.a, "?from=2026-02-30")))).isEqualTo("from");
        assertThat(field(admin.get(summaryPath(twins.a, "?from=2026-12-01&to=tomorrow")))).isEqualTo("to");
        assertThat(field(admin.get(summaryPath(twins.a, "?from=2026-12-02&to=2026-12-01")))).isEqualTo("from");
        assertThat(field(admin.get(summaryPath(twins.a, "?from=2024-01-01&to=2025-01-01")))).isEqualTo("to");
        Api.Response leapYear = admin.get(summaryPath(twins.a, "?from=2024-01-01&to=2024-12-31"));
        assertThat(leapYear.status()).as(leapYear.toString()).isEqualTo(200);
        assertThat(leapYear.json().get("daily")).hasSize(366);
    }

    private static String field(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        return response.json().get("details").get(0).get("field").asString();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static String summaryPath(String slug, String query) {
        return "/admin/api/v1/tenants/" + slug + "/insight/summary" + query;
    }

    private static JsonNode summary(Api api, String slug, String query) {
        Api.Response response = api.get(summaryPath(slug, query));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /**
     * The summary of today once at least {@code pageViews} views are in: a page view is counted just after its
     * answer is written, so the client can be a moment ahead of the counter. The test then checks exact figures.
     */
    private JsonNode settledSummary(String slug, long pageViews) {
        return settledSummary(slug, "pageViews", pageViews);
    }

    /** Flushes and reads today's summary until {@code field} reaches {@code atLeast}, or 100 tries have passed. */
    private JsonNode settledSummary(String slug, String field, long atLeast) {
        String range = "?from=" + today() + "&to=" + today();
        JsonNode summary = null;
        for (int tries = 0; tries < 100; tries++) {
            flusher.flush();
            summary = summary(admin, slug, range);
            if (summary.get(field).asLong() >= atLeast) {
                return summary;
            }
            sleep();
        }
        return summary;
    }


    private static List<String> queries(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false)
                .map(item -> item.get("query").asString() + "=" + item.get("count").asLong()).toList();
    }

    private static Map<String, Object> inquiry(long productId, String source) {
        return Map.of("productId", productId, "quantity", 300, "name", "陈刚", "phone", "138 0571 2345",
                "message", "请报价", "source", source);
    }

    private void waitUntilSearchable(TwinBelts.Belt belt) {
        for (int tries = 0; tries < 100; tries++) {
            if (apiSearch(belt, GOOGLEBOT, FOUND).body().contains("\"total\":1")) {
                return;
            }
            sleep();
        }
        throw new AssertionError("the twin product never became searchable");
    }

    private HttpResponse<String> apiSearch(TwinBelts.Belt belt, String userAgent, String query) {
        return get(belt, userAgent, "/api/v1/search?q=" + encode(query));
    }

    private HttpResponse<String> get(TwinBelts.Belt belt, String userAgent, String path) {
        return send(belt, userAgent, HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> send(TwinBelts.Belt belt, String userAgent, HttpRequest.Builder request) {
        try {
            return HTTP.send(request.header("Host", belt.host()).header("User-Agent", userAgent)
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
