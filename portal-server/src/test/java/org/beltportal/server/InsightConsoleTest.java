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

import org.beltportal.core.insight.InsightFlusher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The console's insight screen over real HTTP: a belt's figures as tables after buyers' visits, the queries that
 * found nothing with their links, zh-CN and English, a range that cannot be read shown at its field, the CSV
 * export (Excel's byte order mark, typed formulas made inert), and no way to another belt's figures.
 */
class InsightConsoleTest extends ConsoleScreenTest {

    static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    static final String FORMULA = "=HYPERLINK(\"http://evil.example\")";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    InsightFlusher flusher;

    private String insight(String belt) {
        return "/admin/belts/" + belt + "/insight";
    }

    private void buyerSearches(String query) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/search?q="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Host", twins.inA.host())
                    .header("User-Agent", BROWSER).build();
            assertThat(HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Flushes until the belt's figures show {@code searches} searches (a view is counted just after its answer). */
    private void flushedUntil(ConsoleSession session, int searches) throws InterruptedException {
        for (int tries = 0; tries < 100; tries++) {
            flusher.flush();
            if (Jsoup.parse(session.get(insight(twins.a)).body()).select("table.figures tr:nth-child(3) td.value")
                    .text().equals(Integer.toString(searches))) {
                return;
            }
            Thread.sleep(50);
        }
    }

    @Test
    void operatorsSeeTheirBeltsFiguresAsTablesInBothLanguages() throws InterruptedException {
        buyerSearches("火箭发动机");
        buyerSearches(SCRIPT);
        ConsoleSession editor = personOfA("editor");
        flushedUntil(editor, 2);

        String body = page(editor, insight(twins.a));
        Document page = Jsoup.parse(body);
        assertThat(page.select("h1").text()).contains("数据洞察");
        assertThat(page.select("table.figures tr:nth-child(3) th").text()).isEqualTo("搜索次数");
        assertThat(page.select("table.figures tr:nth-child(3) td.value").text()).isEqualTo("2");
        assertThat(page.select("#zero-heading + p + .table-wrap th[scope=row]").eachText())
                .containsExactlyInAnyOrder("火箭发动机", SCRIPT.toLowerCase());
        assertThat(body).doesNotContain(SCRIPT).contains(SCRIPT_SHOWN);
        assertThat(page.select("nav a[href$=/insight]")).isNotEmpty();
        assertThat(page.select("a[href*=/products?q=]").attr("href")).contains("/admin/belts/" + twins.a + "/products?q=");
        assertThat(page.select("a[download]").attr("href")).contains(insight(twins.a) + "/summary.csv?");

        Document english = Jsoup.parse(page(editor, insight(twins.a) + "?lang=en"));
        assertThat(english.select("h1").text()).endsWith(": insight");
        assertThat(english.select("#days-heading").text()).isEqualTo("Day by day");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        assertThat(english.select("table").last().select("tbody th").last().text()).isEqualTo(today);
    }

    @Test
    void aRangeThatCannotBeReadIsShownAtItsField() {
        ConsoleSession operator = operatorOfA();
        Api.Response answer = operator.get(insight(twins.a) + "?from=2026-12-09&to=2026-12-01");
        assertThat(answer.status()).isEqualTo(422);
        Document page = Jsoup.parse(valid("insight range", answer));
        assertThat(page.select(".error-summary a[href=#from]")).hasSize(1);
        assertThat(page.select("#from").attr("value")).isEqualTo("2026-12-09");
        assertThat(page.select("table")).isEmpty();

        Api.Response tooLong = operator.get(insight(twins.a) + "?from=2024-01-01&to=2025-12-31");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(Jsoup.parse(valid("insight too long", tooLong)).select("#to-error").text()).contains("366");
    }

    @Test
    void csvOpensInExcelAndKeepsTypedFormulasInert() throws InterruptedException {
        buyerSearches(FORMULA);
        ConsoleSession operator = operatorOfA();
        flushedUntil(operator, 1);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        Api.Response csv = operator.get(insight(twins.a) + "/summary.csv?from=" + today + "&to=" + today);
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
                .contains("insight-" + twins.a + "-" + today + "-" + today + ".csv");
        assertThat(csv.body()).startsWith("\uFEFFfrom,to,timeZone,comparedFrom,comparedTo\r\n")
                .contains("\r\nfigure,value,compared,change\r\n").contains("\r\nsearches,")
                .contains("\r\ntopZeroResultQuery,count\r\n")
                .contains("\"'=hyperlink(\"\"http://evil.example\"\")\",1\r\n");
        assertThat(operator.get(insight(twins.a) + "/summary.csv?from=yesterday").status()).isEqualTo(400);
    }

    @Test
    void nobodyReachesAnotherBeltsFigures() {
        ConsoleSession ofB = signedIn(twins.b, "region_operator");
        assertThat(ofB.get(insight(twins.a)).status()).isEqualTo(403);
        assertThat(ofB.get(insight(twins.a) + "/summary.csv").status()).isEqualTo(403);
        Document own = Jsoup.parse(page(ofB, insight(twins.b)));
        assertThat(own.select("table.figures tr:nth-child(1) td.value").text()).isEqualTo("0");
        assertThat(ofB.get(insight("no-such-belt")).status()).isEqualTo(404);
    }
}
