package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.StreamSupport;

import org.beltportal.core.insight.InsightFlusher;
import org.beltportal.core.insight.InsightRecorder;
import org.beltportal.core.insight.PageType;
import org.beltportal.core.insight.SearchSeen;
import org.beltportal.core.insight.VisitSource;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The region and platform dashboards over real HTTP (docs/insight.md): counts recorded for two belts and flushed
 * give exactly their figures in the ranking, the ranking follows the chosen metric, totals and the daily trend add
 * up the belts, an approved campaign shows in its week; the page, its English and its CSV; bad parameters; and a
 * regional admin of 浙江 is refused every dashboard, export and belt insight of 广东, and 404 on an unknown code.
 * The counties used here (吴兴 330502, 番禺 440113) are no other test's: InsightTest counts 诸暨 and 高碑店 exactly.
 */
class RegionInsightTest extends ConsoleScreenTest {

    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    InsightRecorder recorder;

    @Autowired
    InsightFlusher flusher;

    @Autowired
    TenantService tenants;

    /** Yesterday and today in China: a count made just before midnight still falls in the range. */
    private static String range() {
        LocalDate today = LocalDate.now(CHINA);
        return "from=" + today.minusDays(1) + "&to=" + today;
    }

    /** A: 5 views by 2 visitors, 4 searches (1 found nothing), 2 clicks, 1 inquiry. B: 2 views by 1, 2 searches (both nothing), 3 inquiries. */
    private void countVisits() {
        Tenant a = tenants.requireBySlug(twins.a);
        Tenant b = tenants.requireBySlug(twins.b);
        for (int i = 0; i < 5; i++) {
            recorder.pageView(a, PageType.HOME, i % 2 == 0 ? "10.0.0.1" : "10.0.0.2", FIREFOX);
        }
        for (int i = 0; i < 4; i++) {
            recorder.search(a, FIREFOX, new SearchSeen("连衣裙" + i, "zh-CN", i == 0 ? 0 : 3, i == 0));
        }
        recorder.resultClick(a.id(), 1);
        recorder.resultClick(a.id(), 2);
        recorder.inquiry(a.id(), VisitSource.SEARCH);
        recorder.pageView(b, PageType.SEARCH, "10.0.0.3", FIREFOX);
        recorder.pageView(b, PageType.PRODUCT, "10.0.0.3", FIREFOX);
        recorder.search(b, FIREFOX, new SearchSeen("火箭", "zh-CN", 0, true));
        recorder.search(b, FIREFOX, new SearchSeen("发动机", "zh-CN", 0, true));
        for (int i = 0; i < 3; i++) {
            recorder.inquiry(b.id(), VisitSource.HOME);
        }
        flusher.flush();
    }

    private void place(String slug, String code) {
        assertThat(admin().put("/admin/api/v1/tenants/" + slug + "/region", Map.of("regionCode", code)).status()).isEqualTo(200);
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode row(JsonNode dashboard, String slug) {
        return StreamSupport.stream(dashboard.get("belts").spliterator(), false)
                .filter(belt -> belt.get("slug").asString().equals(slug)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + slug + " in the ranking"));
    }

    private static int rank(JsonNode dashboard, String slug) {
        return row(dashboard, slug).get("rank").asInt();
    }

    @Test
    void theDashboardsRankTheBeltsAndAddThemUp() {
        place(twins.a, "330502");
        place(twins.b, "330782");
        countVisits();
        Api admin = admin();
        String province = "/admin/api/v1/regions/330000/insight/dashboard?" + range();

        JsonNode byViews = ok(admin.get(province + "&metric=pageViews"));
        JsonNode a = row(byViews, twins.a).get("figures");
        assertThat(List.of(a.get("pageViews").asLong(), a.get("visitors").asLong(), a.get("searches").asLong(),
                a.get("zeroResultSearches").asLong(), a.get("resultClicks").asLong(), a.get("inquiries").asLong()))
                .containsExactly(5L, 2L, 4L, 1L, 2L, 1L);
        assertThat(a.get("zeroResultRate").asDouble()).isEqualTo(0.25);
        JsonNode b = row(byViews, twins.b).get("figures");
        assertThat(List.of(b.get("pageViews").asLong(), b.get("visitors").asLong(), b.get("searches").asLong(),
                b.get("zeroResultSearches").asLong(), b.get("resultClicks").asLong(), b.get("inquiries").asLong()))
                .containsExactly(2L, 1L, 2L, 2L, 0L, 3L);
        assertThat(byViews.get("rankedBy").asString()).isEqualTo("pageViews");
        assertThat(rank(byViews, twins.a)).isLessThan(rank(byViews, twins.b));
        JsonNode byZero = ok(admin.get(province + "&metric=zeroResultRate"));
        assertThat(rank(byZero, twins.b)).isLessThan(rank(byZero, twins.a));
        JsonNode byInquiries = ok(admin.get(province + "&metric=inquiries"));
        assertThat(rank(byInquiries, twins.b)).isLessThan(rank(byInquiries, twins.a));

        // Totals and the trend are the belts added up; the county of 吴兴 holds A, not B.
        long views = 0;
        for (JsonNode belt : byViews.get("belts")) {
            views += belt.get("figures").get("pageViews").asLong();
        }
        assertThat(byViews.get("totals").get("pageViews").asLong()).isEqualTo(views);
        long daily = 0;
        for (JsonNode day : byViews.get("daily")) {
            daily += day.get("figures").get("pageViews").asLong();
        }
        assertThat(byViews.get("daily")).hasSize(2);
        assertThat(daily).isEqualTo(views);
        JsonNode county = ok(admin.get("/admin/api/v1/regions/330502/insight/dashboard?" + range()));
        assertThat(county.get("belts").toString()).contains(twins.a).doesNotContain(twins.b);
        JsonNode platform = ok(admin.get("/admin/api/v1/insight/dashboard?" + range()));
        assertThat(row(platform, twins.a).get("figures")).isEqualTo(a);
        assertThat(row(platform, twins.b).get("figures")).isEqualTo(b);
    }

    @Test
    void anApprovedCampaignCountsInItsWeek() {
        place(twins.a, "330502");
        String week = "/admin/api/v1/regions/330502/insight/dashboard?" + range();
        int before = lastWeek(ok(admin().get(week))).get("campaigns").asInt();
        String base = "/admin/api/v1/tenants/" + twins.a + "/campaigns";
        Api admin = admin();
        Api.Response created = admin.post(base, CampaignApiTest.liveNow("fest-" + UUID.randomUUID().toString().substring(0, 6), "hero"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(lastWeek(ok(admin.get(week))).get("campaigns").asInt()).as("a draft does not count").isEqualTo(before);
        String one = base + "/" + created.id();
        assertThat(admin.post(one + "/submit", null).status()).isEqualTo(200);
        Api operator = anonymous().login(newUser(twins.a, "region_operator"), PASSWORD);
        assertThat(operator.post(one + "/approve", null).status()).isEqualTo(200);
        JsonNode after = lastWeek(ok(admin.get(week)));
        assertThat(after.get("campaigns").asInt()).isEqualTo(before + 1);
        assertThat(after.get("belts").asInt()).isGreaterThanOrEqualTo(1);
    }

    private static JsonNode lastWeek(JsonNode dashboard) {
        JsonNode weeks = dashboard.get("festivalWeeks");
        return weeks.get(weeks.size() - 1);
    }

    @Test
    void thePageShowsTheRankingInBothLanguagesAndItsCsv() {
        place(twins.a, "330502");
        countVisits();
        ConsoleSession admin = adminConsole();
        String page = page(admin, "/admin/regions/330502/insight?" + range() + "&metric=searches");
        assertThat(page).contains("吴兴区数据看板").contains("产业带排名（按搜索次数）")
                .contains("href=\"/admin/belts/" + twins.a + "/insight?" + range().replace("&", "&amp;") + "\"")
                .contains("aria-sort=\"descending\"").contains("节庆日历密度");
        assertThat(page(admin, "/admin/regions/330502/insight?lang=en")).contains("Insight of Wuxing").contains("Belts ranked by Page views");
        assertThat(page(admin, "/admin/regions/330502")).contains("href=\"/admin/regions/330502/insight\"");
        assertThat(page(admin, "/admin/regions")).contains("href=\"/admin/insight\"");
        assertThat(page(admin, "/admin/insight?" + range())).contains("全平台数据看板").contains(twins.a);

        Api.Response csv = admin.get("/admin/regions/330502/insight/belts.csv?" + range());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("rank,slug,name,nameEn,regionCode,pageViews,visitors,searches,zeroResultSearches,"
                + "zeroResultRate,resultClicks,inquiries\r\n").contains("," + twins.a + ",");
    }

    @Test
    void badParametersAreNamed() {
        Api admin = admin();
        Api.Response metric = admin.get("/admin/api/v1/regions/330000/insight/dashboard?metric=revenue");
        assertThat(metric.status()).isEqualTo(400);
        assertThat(metric.json().get("details").get(0).get("field").asString()).isEqualTo("metric");
        Api.Response date = admin.get("/admin/api/v1/insight/dashboard?from=2026-13-01");
        assertThat(date.status()).isEqualTo(400);
        assertThat(date.json().get("details").get(0).get("field").asString()).isEqualTo("from");
        assertThat(admin.get("/admin/api/v1/insight/dashboard?from=2024-01-01&to=2025-06-01").status()).isEqualTo(400);

        ConsoleSession console = adminConsole();
        Api.Response page = console.get("/admin/regions/330000/insight?metric=revenue&from=yesterday");
        assertThat(page.status()).isEqualTo(422);
        assertThat(valid("/admin/regions/330000/insight?metric=revenue", page)).contains("id=\"metric-error\"")
                .contains("id=\"from-error\"").contains("aria-invalid=\"true\"");
        assertThat(console.get("/admin/regions/330000/insight/belts.csv?to=never").status()).isEqualTo(400);
    }

    @Test
    void aRegionalAdminOfOneProvinceIsRefusedEveryDashboardExportAndBeltOfAnother() {
        place(twins.a, "330502");
        place(twins.b, "440113");
        String username = "zj-insight-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(admin().post("/admin/api/v1/users", Map.of("username", username, "password", PASSWORD,
                "grants", List.of(Map.of("role", "regional_admin", "region", "330000")))).status()).isEqualTo(201);
        Api api = anonymous().login(username, PASSWORD);
        ConsoleSession console = ConsoleSession.login(port, username, PASSWORD);

        assertThat(api.get("/admin/api/v1/regions/330000/insight/dashboard").status()).isEqualTo(200);
        assertThat(ok(api.get("/admin/api/v1/regions/330000/insight/dashboard")).get("belts").toString())
                .contains(twins.a).doesNotContain(twins.b);
        assertThat(page(console, "/admin/regions/330000/insight")).contains(twins.a).doesNotContain(twins.b);

        List<String> wrong = new ArrayList<>();
        for (String code : List.of("440000", "440100", "440113")) {
            expect(wrong, 403, "/admin/api/v1/regions/" + code + "/insight/dashboard", api::get);
            expect(wrong, 403, "/admin/api/v1/regions/" + code + "/insight/summary", api::get);
            expect(wrong, 403, "/admin/regions/" + code + "/insight", refusal(console));
            expect(wrong, 403, "/admin/regions/" + code + "/insight/belts.csv", console::get);
        }
        expect(wrong, 403, "/admin/api/v1/insight/dashboard", api::get);
        expect(wrong, 403, "/admin/insight", refusal(console));
        expect(wrong, 403, "/admin/insight/belts.csv", console::get);
        expect(wrong, 404, "/admin/api/v1/regions/999999/insight/dashboard", api::get);
        expect(wrong, 404, "/admin/regions/999999/insight", console::get);
        expect(wrong, 404, "/admin/regions/999999/insight/belts.csv", console::get);

        // Every belt of 广东, not only the twin: each one's insight screen, its export and its JSON.
        JsonNode guangdong = ok(admin().get("/admin/api/v1/regions/440000/belts?size=100"));
        assertThat(guangdong.get("items").toString()).contains(twins.b);
        for (JsonNode belt : guangdong.get("items")) {
            String slug = belt.get("slug").asString();
            expect(wrong, 403, "/admin/belts/" + slug + "/insight", refusal(console));
            expect(wrong, 403, "/admin/belts/" + slug + "/insight/summary.csv", console::get);
            expect(wrong, 403, "/admin/api/v1/tenants/" + slug + "/insight/summary", api::get);
        }
        assertThat(wrong).isEmpty();
    }

    /** A console page, which when refused must be the console's refusal page, not a stack trace. */
    private Function<String, Api.Response> refusal(ConsoleSession console) {
        return path -> {
            Api.Response page = console.get(path);
            if (page.status() == 403 && !page.body().contains("class=\"refusal")) {
                return new Api.Response(500, "403 without the refusal page", page.headers());
            }
            return page;
        };
    }

    private static void expect(List<String> wrong, int status, String path, Function<String, Api.Response> get) {
        Api.Response response = get.apply(path);
        if (response.status() != status) {
            wrong.add(path + ": " + response.status() + " instead of " + status);
        }
    }
}
