package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.core.testing.Eventually.eventually;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The import screens: a CSV with a bad row started from the form, its job page (the address holds the job id)
 * until it ends, the row errors as a table and as errors.csv, the downloads; wrong files as field messages;
 * another belt's jobs and slug refused; CSRF; a cell holding script shown as text in the error table.
 */
class ImportConsoleTest extends ConsoleScreenTest {

    private static final Pattern JOB_PAGE = Pattern.compile("/imports/(\\d+)$");

    private String imports(String slug) {
        return "/admin/belts/" + slug + "/imports";
    }

    private Api.Response startImport(ConsoleSession session, String slug, String filename, String content) {
        return session.postFile(imports(slug), Map.of(), "file", filename, content.getBytes(StandardCharsets.UTF_8),
                session.csrfToken());
    }

    /** The job page once the job has ended: it no longer asks htmx to poll. */
    private Api.Response finishedJobPage(ConsoleSession session, String path) {
        return eventually("import page " + path + " to show the end", Duration.ofSeconds(60), () -> session.get(path),
                page -> !page.body().contains("data-hx-trigger"));
    }

    private long jobLinks(ConsoleSession session, String slug) {
        return Pattern.compile("/imports/\\d+\"").matcher(session.get(imports(slug)).body()).results().count();
    }

    @Test
    void aCsvWithABadRowShowsTheErrorTableAndTheReportWhileGoodRowsAreImported() {
        ConsoleSession operator = operatorOfA();
        String csv = "sku,title,supplier,moq,priceTiers\n"
                + "GOOD-1,好产品,同名工厂,10,10:1\n"
                + "BAD-1,坏产品," + SCRIPT + ",10,10:1\n";
        String jobPath = seeOther(startImport(operator, twins.a, "products.csv", csv));
        Matcher id = JOB_PAGE.matcher(jobPath);
        assertThat(id.find()).as(jobPath).isTrue();
        assertThat(jobPath).startsWith(imports(twins.a) + "/");

        String first = valid("job page", operator.get(jobPath));
        assertThat(first).contains("<progress").contains("role=\"status\"");
        String done = valid("finished job page", finishedJobPage(operator, jobPath));
        assertThat(done).contains("完成").contains("<table").contains("<td>3</td>").contains("<td>supplier</td>")
                .doesNotContain("<script>alert").contains(SCRIPT_SHOWN)
                .contains("/admin/api/v1/tenants/" + twins.a + "/products/import/" + id.group(1) + "/errors.csv");
        Api.Response report = operator.get("/admin/api/v1/tenants/" + twins.a + "/products/import/" + id.group(1) + "/errors.csv");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body()).contains("row,field,message").contains("3,supplier,");

        String list = valid("imports list", operator.get(imports(twins.a)));
        assertThat(list).contains("href=\"" + jobPath + "\"").contains("enctype=\"multipart/form-data\"")
                .contains("template.csv").contains("template.xlsx").contains("export.csv").contains("export.xlsx");
        assertThat(operator.get("/admin/api/v1/tenants/" + twins.a + "/products/import/template.csv").status()).isEqualTo(200);
        assertThat(operator.get("/admin/api/v1/tenants/" + twins.a + "/products/export.csv").body()).contains("GOOD-1");
    }

    @Test
    void wrongFilesAreShownBesideTheFileField() {
        ConsoleSession operator = operatorOfA();
        Map<String, String> refused = Map.of(
                "products.txt", ".csv（UTF-8）或 .xlsx",
                "products.xlsx", "not an .xlsx workbook",
                "header-only.csv", "表头下面没有商品行");
        refused.forEach((name, message) -> {
            Api.Response answer = startImport(operator, twins.a, name, "sku,title,supplier,moq,priceTiers\n");
            assertThat(answer.status()).as(name).isEqualTo(422);
            assertThat(valid("refused " + name, answer)).as(name).contains("class=\"error-summary\"")
                    .contains("id=\"file-error\"").contains(message);
        });
        Api.Response none = operator.postFile(imports(twins.a), Map.of("createCategories", "true"), "file", "", new byte[0],
                operator.csrfToken());
        assertThat(none.status()).isEqualTo(422);
        assertThat(valid("no file", none)).contains("id=\"file-error\"").contains("checked");
    }

    @Test
    void anotherBeltsImportsAndSlugAreRefused() {
        ConsoleSession operator = operatorOfA();
        ConsoleSession admin = ConsoleSession.login(port, ADMIN, ADMIN_PASSWORD);
        String ofB = seeOther(startImport(admin, twins.b, "b.csv", "sku,title,supplier,moq,priceTiers\nB-1,乙,同名工厂,10,10:1\n"));
        Matcher idOfB = JOB_PAGE.matcher(ofB);
        assertThat(idOfB.find()).isTrue();

        assertThat(operator.get(imports(twins.b)).status()).isEqualTo(403);
        assertThat(operator.get(ofB).status()).isEqualTo(403);
        assertThat(startImport(operator, twins.b, "x.csv", "sku,title,supplier,moq,priceTiers\nX-1,x,同名工厂,10,10:1\n").status())
                .isEqualTo(403);
        Api.Response underA = operator.get(imports(twins.a) + "/" + idOfB.group(1));
        assertThat(underA.status()).isEqualTo(404);
        valid("B's job under A", underA);
        assertThat(operator.get("/admin/api/v1/tenants/" + twins.a + "/products/import/" + idOfB.group(1) + "/errors.csv").status())
                .isEqualTo(404);
        assertThat(operator.get(imports(twins.a)).body()).doesNotContain("/imports/" + idOfB.group(1) + "\"");
    }

    @Test
    void startingRefusesAMissingOrForeignCsrfTokenAndReadersSeeNoForm() {
        ConsoleSession operator = operatorOfA();
        ConsoleSession stranger = operatorOfA();
        byte[] csv = "sku,title,supplier,moq,priceTiers\nC-1,c,同名工厂,10,10:1\n".getBytes(StandardCharsets.UTF_8);
        long before = jobLinks(operator, twins.a);
        assertThat(operator.postFile(imports(twins.a), Map.of(), "file", "c.csv", csv, null).status()).isEqualTo(403);
        assertThat(operator.postFile(imports(twins.a), Map.of(), "file", "c.csv", csv, stranger.csrfToken()).status()).isEqualTo(403);
        assertThat(jobLinks(operator, twins.a)).as("no import started").isEqualTo(before);

        ConsoleSession campaigns = personOfA("campaign_manager");
        assertThat(valid("read only", campaigns.get(imports(twins.a)))).doesNotContain("enctype=").contains("template.csv");
        assertThat(campaigns.postFile(imports(twins.a), Map.of(), "file", "c.csv", csv, campaigns.csrfToken()).status())
                .isEqualTo(403);
    }
}
