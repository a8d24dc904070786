package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.beltportal.core.insight.InsightFlusher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18's belt and campaign dashboards over real HTTP after a scripted visit sequence on belt A (belt B has the
 * same data and no visits): exact figures in the JSON and on the page, with the comparison period; the charts' JSON
 * beside valid tables; a zero-result query's link that fills the synonym form; CSV and XLSX that parse back to the
 * same figures; a campaign's phases against their baseline; the monthly reports of a belt and a region; bad dates
 * and months shown at their fields with what was typed; no way to another belt's campaign.
 */
class InsightDashboardTest extends ConsoleScreenTest {

    private static final String BROWSER = InsightConsoleTest.BROWSER;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String NOT_FOUND = "火箭发动机";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    InsightFlusher flusher;

    private long campaignId;
    private String today;

    /** Once, before the first test: three product views, one supplier view, a search that finds nothing, an inquiry from search; all on A. */
    @BeforeEach
    void buyersVisitBeltA() throws InterruptedException {
        if (today != null) {
            return;
        }
        twins();
        today = LocalDate.now(SHANGHAI).toString();
        LocalDateTime now = LocalDateTime.now(SHANGHAI).truncatedTo(ChronoUnit.MINUTES);
        Map<String, Object> body = new HashMap<>(CampaignApiTest.campaign("insight-fest", now.minusDays(2),
                now.minusDays(1), now.plusDays(5), null, "hero"));
        body.put("featuredProductIds", List.of(twins.inA.productId()));
        String campaigns = "/admin/api/v1/tenants/" + twins.a + "/campaigns/";
        campaignId = TwinBelts.created(admin().post("/admin/api/v1/tenants/" + twins.a + "/campaigns", body));
        assertThat(admin().post(campaigns + campaignId + "/submit", null).status()).isEqualTo(200);
        Api approver = anonymous().login(newUser(twins.a, "region_operator"), PASSWORD);
        Api.Response approved = approver.post(campaigns + campaignId + "/approve", null);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            visit("/products/" + twins.inA.productId());
        }
        visit("/suppliers/" + twins.inA.supplierId());
        visit("/search?q=" + URLEncoder.encode(NOT_FOUND, StandardCharsets.UTF_8));
        Api.Response inquiry = anonymous().onHost(twins.inA.host()).post("/api/v1/inquiries", Map.of("productId",
                twins.inA.productId(), "quantity", 300, "name", "陈刚", "phone", "138 0571 2345", "message", "请报价", "source", "search"));
        assertThat(inquiry.status()).as(inquiry.toString()).isEqualTo(201);
        for (int tries = 0; tries < 100 && dashboard(twins.a, "").get("summary").get("inquiries").get("total").asLong() < 1
                || figure(dashboard(twins.a, ""), "productViews").asLong() < 3; tries++) {
            flusher.flush();
            Thread.sleep(50);
        }
    }

    private void visit(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Host", twins.inA.host()).header("User-Agent", BROWSER).build();
            assertThat(HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).as(path).isEqualTo(200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode dashboard(String belt, String query) {
        Api.Response answer = admin().get("/admin/api/v1/tenants/" + belt + "/insight/dashboard?from=" + today + "&to=" + today + query);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private static JsonNode figure(JsonNode dashboard, String key) {
        for (JsonNode figure : dashboard.get("figures")) {
            if (figure.get("key").asString().equals(key)) {
                return figure.get("value");
            }
        }
        throw new AssertionError("no figure " + key);
    }

    private static JsonNode compared(JsonNode dashboard, String key) {
        for (JsonNode figure : dashboard.get("figures")) {
            if (figure.get("key").asString().equals(key)) {
                return figure.get("compared");
            }
        }
        throw new AssertionError("no figure " + key);
    }

    @Test
    void theDashboardCountsTheScriptedVisitsExactlyAndComparesWithTheDayBefore() {
        JsonNode a = dashboard(twins.a, "&compare=previous");
        assertThat(figure(a, "productViews").asLong()).isEqualTo(3);
        assertThat(figure(a, "supplierViews").asLong()).isEqualTo(1);
        assertThat(figure(a, "activeSuppliers").asLong()).isEqualTo(1);
        assertThat(figure(a, "searches").asLong()).isEqualTo(1);
        assertThat(figure(a, "zeroResultRate").asDouble()).isEqualTo(1.0);
        assertThat(figure(a, "clickThroughRate").asDouble()).isEqualTo(0.0);
        assertThat(figure(a, "meanClickPosition").isNull()).isTrue();
        assertThat(figure(a, "inquiries").asLong()).isEqualTo(1);
        assertThat(compared(a, "productViews").asLong()).isEqualTo(0);
        assertThat(a.get("compared").get("from").asString()).isEqualTo(LocalDate.parse(today).minusDays(1).toString());
        assertThat(a.get("topProducts").get(0).get("name").asString()).isEqualTo("同款女童连衣裙");
        assertThat(a.get("topProducts").get(0).get("views").asLong()).isEqualTo(3);
        assertThat(a.get("topSuppliers").get(0).get("views").asLong()).isEqualTo(1);
        JsonNode day = a.get("inquiryDays").get(0);
        assertThat(day.get("bySource").toString()).isEqualTo("{\"search\":1,\"campaign\":0,\"home\":0,\"direct\":0}");
        assertThat(day.get("byStatus").toString()).isEqualTo("{\"new\":1,\"handled\":0,\"spam\":0}");
        assertThat(dashboard(twins.a, "&compare=year").get("compared").get("to").asString())
                .isEqualTo(LocalDate.parse(today).minusYears(1).toString());
        assertThat(dashboard(twins.a, "&compare=none").get("compared").isNull()).isTrue();

        JsonNode b = dashboard(twins.b, "");
        assertThat(figure(b, "productViews").asLong()).as("belt B saw none of A's visits").isZero();
        assertThat(b.get("topProducts")).isEmpty();
        assertThat(admin().get("/admin/api/v1/tenants/" + twins.a + "/insight/dashboard?compare=soon").status()).isEqualTo(400);
    }

    @Test
    void thePageShowsEachChartsTableAndItsNumbersAndTheSynonymLinkFillsTheForm() {
        ConsoleSession operator = operatorOfA();
        String path = "/admin/belts/" + twins.a + "/insight?from=" + today + "&to=" + today;
        Document page = Jsoup.parse(page(operator, path));
        assertThat(page.select("table.figures tbody tr:nth-child(9) td.value").text()).isEqualTo("3");
        assertThat(page.select("table.figures tbody tr:nth-child(9) td.change").text()).isEqualTo("–");
        assertThat(page.select("#products-table tbody th").text()).isEqualTo("同款女童连衣裙");
        assertThat(page.select("#products-table tbody td").text()).isEqualTo("3");
        assertThat(page.select("#inquiry-days tbody td").eachText()).containsExactly("1", "0", "0", "0", "1", "0", "0");
        JsonNode charts = Api.JSON.readTree(page.select("script#insight-charts").first().data());
        assertThat(charts.get("products").get("series").get("views").get(0).asLong()).isEqualTo(3);
        for (Element figure : page.select("[data-chart]")) {
            JsonNode chart = charts.get(figure.attr("data-chart"));
            assertThat(chart).as(figure.attr("data-chart")).isNotNull();
            chart.get("series").propertyNames().forEach(key -> assertThat(figure.parent().select("th[data-series=" + key + "]"))
                    .as("a column for series " + key).isNotEmpty());
        }
        assertThat(page.select("script[src*=/admin/assets/echarts/5.3.1/echarts.min.js]")).hasSize(1);
        assertThat(operator.get("/admin/assets/echarts/5.3.1/echarts.min.js").status()).isEqualTo(200);
        assertThat(page.select("a[href*=/insight/campaigns/" + campaignId + "]")).hasSize(1);

        String synonym = page.select("#zero-heading ~ .table-wrap a.add-synonym").attr("href");
        assertThat(synonym).contains("/admin/belts/" + twins.a + "/search?terms=");
        String settings = synonym.substring(0, synonym.indexOf('#'));
        Document form = Jsoup.parse(page(operator, settings));
        assertThat(form.select("textarea#terms").first().wholeText()).as("the query, then a new line for the synonyms").isEqualTo(NOT_FOUND + "\n");
        assertThat(form.select("textarea#terms").hasAttr("data-caret-end")).isTrue();
        assertThat(form.select("script[src$=terms-field.js]")).hasSize(1);
        assertThat(URLDecoder.decode(settings, StandardCharsets.UTF_8)).endsWith("terms=" + NOT_FOUND);

        Document english = Jsoup.parse(page(operator, path + "&compare=year&lang=en"));
        assertThat(english.select("#inquiry-days thead th").eachText()).contains("From search", "Still new");
    }

    @Test
    void csvAndXlsxParseBackToTheSameFigures() throws IOException {
        String query = "?from=" + today + "&to=" + today;
        Api.Response csv = operatorOfA().get("/admin/belts/" + twins.a + "/insight/summary.csv" + query);
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv.body().substring(1))).getRecords();
        assertThat(cell(records.stream().map(CSVRecord::toList).toList(), "productViews", 1)).isEqualTo("3");
        assertThat(records.stream().map(CSVRecord::toList).toList()).contains(List.of(NOT_FOUND, "1"));

        byte[] xlsx = admin().getBytes("/admin/belts/" + twins.a + "/insight/summary.xlsx" + query);
        List<List<String>> rows = xlsxRows(xlsx);
        assertThat(cell(rows, "productViews", 1)).isEqualTo("3");
        assertThat(cell(rows, "activeSuppliers", 1)).isEqualTo("1");
        assertThat(cell(rows, "同款女童连衣裙", 2)).isEqualTo("3");
        assertThat(rows).contains(List.of(NOT_FOUND, "1"));

        List<List<String>> campaign = xlsxRows(admin().getBytes("/admin/belts/" + twins.a + "/insight/campaigns/" + campaignId + "/report.xlsx"));
        assertThat(campaign.stream().filter(row -> row.size() > 7 && row.get(0).equals("live")
                && row.get(6).equals("featuredProductViews")).map(row -> row.get(7)).toList()).containsExactly("3");
        Api.Response campaignCsv = operatorOfA().get("/admin/belts/" + twins.a + "/insight/campaigns/" + campaignId + "/report.csv");
        assertThat(campaignCsv.body()).contains("live,").contains(",featuredProductViews,3,0,");
        assertThat(operatorOfA().get("/admin/belts/" + twins.a + "/insight/summary.xlsx?from=2026-02-30").status()).isEqualTo(400);
    }

    /** The value in column {@code column} of the row whose first cell is {@code first}; null when there is none. */
    private static String cell(List<List<String>> rows, String first, int column) {
        return rows.stream().filter(row -> !row.isEmpty() && row.getFirst().equals(first) && row.size() > column)
                .map(row -> row.get(column)).findFirst().orElse(null);
    }

    /** The first sheet's rows, read from the workbook's XML (inline strings, as the writer writes them). */
    private static List<List<String>> xlsxRows(byte[] workbook) throws IOException {
        Path file = Files.createTempFile("insight", ".xlsx");
        try (ZipFile zip = new ZipFile(Files.write(file, workbook).toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
            List<List<String>> rows = new ArrayList<>();
            for (Element row : Jsoup.parse(xml, "", Parser.xmlParser()).select("row")) {
                rows.add(row.select("c").stream().map(c -> c.select("t").text()).toList());
            }
            return rows;
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aCampaignsPhasesStandAgainstTheirBaselineAndOtherBeltsCannotReachIt() {
        ConsoleSession operator = operatorOfA();
        String path = "/admin/belts/" + twins.a + "/insight/campaigns/" + campaignId;
        Document page = Jsoup.parse(page(operator, path));
        assertThat(page.select("#table-live tbody tr:nth-child(6) td.value").text()).isEqualTo("3");
        assertThat(page.select("#table-live tbody tr:nth-child(6) td.baseline").text()).isEqualTo("0");
        assertThat(page.select("#table-warmup tbody tr:nth-child(6) td.value").text()).isEqualTo("0");
        assertThat(page.select("a[download]")).hasSize(2);
        assertThat(Jsoup.parse(page(operator, "/admin/belts/" + twins.a + "/campaigns/" + campaignId))
                .select("a[href$=/insight/campaigns/" + campaignId + "]")).hasSize(1);

        JsonNode report = admin().get("/admin/api/v1/tenants/" + twins.a + "/insight/campaigns/" + campaignId).json();
        assertThat(report.get("phases").get(1).get("phase").asString()).isEqualTo("live");
        JsonNode featured = report.get("phases").get(1).get("figures").get(5);
        assertThat(featured.get("key").asString()).isEqualTo("featuredProductViews");
        assertThat(featured.get("value").asLong()).isEqualTo(3);
        assertThat(featured.get("uplift").isNull()).as("no baseline views, no ratio").isTrue();

        assertThat(admin().get("/admin/api/v1/tenants/" + twins.b + "/insight/campaigns/" + campaignId).status()).isEqualTo(404);
        ConsoleSession ofB = signedIn(twins.b, "region_operator");
        assertThat(ofB.get("/admin/belts/" + twins.b + "/insight/campaigns/" + campaignId).status()).isEqualTo(404);
        assertThat(ofB.get("/admin/belts/" + twins.b + "/insight/campaigns/" + campaignId + "/report.csv").status()).isEqualTo(404);
        assertThat(ofB.get(path).status()).isEqualTo(403);
    }

    @Test
    void monthlyReportsOfABeltAndARegionPrintTheirFigures() {
        String month = today.substring(0, 7);
        ConsoleSession operator = operatorOfA();
        Document report = Jsoup.parse(page(operator, "/admin/belts/" + twins.a + "/insight/report?month=" + month));
        assertThat(report.select("table.figures tbody tr:nth-child(9) td.value").text()).isEqualTo("3");
        assertThat(report.select("figure.bars-box svg")).hasSize(4);
        assertThat(report.select("#days tbody tr")).hasSize(LocalDate.parse(today).lengthOfMonth());
        assertThat(report.select("form.no-print")).hasSize(1);

        Document region = Jsoup.parse(page(adminConsole(), "/admin/regions/330000/insight/report?month=" + month));
        assertThat(region.select("h1").text()).contains("浙江省");

        assertThat(signedIn(twins.b, "region_operator").get("/admin/belts/" + twins.a + "/insight/report").status()).isEqualTo(403);
    }

    @Test
    void badDatesAndMonthsAreShownAtTheirFieldsWithWhatWasTyped() {
        ConsoleSession operator = operatorOfA();
        Api.Response answer = operator.get("/admin/belts/" + twins.a + "/insight?from=2026-13-45&to=tomorrow&compare=soon");
        assertThat(answer.status()).isEqualTo(422);
        Document page = Jsoup.parse(valid("insight bad dates", answer));
        assertThat(page.select(".error-summary a").eachAttr("href")).contains("#from", "#to");
        assertThat(page.select("#from").attr("value")).isEqualTo("2026-13-45");
        assertThat(page.select("#to").attr("value")).isEqualTo("tomorrow");
        assertThat(page.select("#from-error").text()).contains("2026-12-01");

        Api.Response compare = operator.get("/admin/belts/" + twins.a + "/insight?compare=soon");
        assertThat(compare.status()).isEqualTo(422);
        assertThat(Jsoup.parse(valid("insight bad compare", compare)).select("#compare-error")).hasSize(1);

        Api.Response month = operator.get("/admin/belts/" + twins.a + "/insight/report?month=2026-1");
        assertThat(month.status()).isEqualTo(422);
        Document monthPage = Jsoup.parse(valid("report bad month", month));
        assertThat(monthPage.select("#month").attr("value")).isEqualTo("2026-1");
        assertThat(monthPage.select("#month-error").text()).contains("2026-11");
    }
}
