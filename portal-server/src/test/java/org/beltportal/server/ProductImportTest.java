package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.beltportal.core.testing.Eventually.eventually;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Bulk import over HTTP: upload, job progress and row errors, the products it leaves, idempotence,
 * search freshness, and that one tenant's import or job never reaches another's.
 */
class ProductImportTest extends PortalServerTest {

    TwinBelts twins;
    Api admin;

    @BeforeEach
    void twins() {
        admin = admin();
        twins = new TwinBelts(admin);
    }

    /** With createCategories=true: these files name categories the belts do not have yet (CatalogueImportTest covers the default). */
    static String importPath(String slug) {
        return "/admin/api/v1/tenants/" + slug + "/products/import?createCategories=true";
    }

    /** Three good rows and four bad ones, one problem each, in a header of its own order. */
    String mixedCsv(long supplierId, long otherTenantsSupplier) {
        return "\uFEFFsku,title,priceTiers,supplierId,moq,category,unit,status,images,titleEn,description\n"
                + "IMP-1,羽绒服 女款,100:3.50;1000:2.80," + supplierId + ",100,服装/羽绒服,件,active,/img/1.jpg,Down jacket,\"保暖, 轻便\"\n"
                + "IMP-2,羽绒服 男款,50:9.9," + supplierId + ",50,服装/羽绒服,,,,,\n"
                + "IMP-BAD-1,价格不对,100:abc," + supplierId + ",100,,,,,,\n"
                + ",没有SKU,100:1," + supplierId + ",100,,,,,,\n"
                + "IMP-BAD-3,别家供应商,100:1," + otherTenantsSupplier + ",100,,,,,,\n"
                + "IMP-3,羽绒服 下架款,10:5," + supplierId + ",10,服装/羽绒服,件,inactive,,,\n"
                + "IMP-BAD-5,起订量,100:1," + supplierId + ",many,,,,,,\n";
    }

    Api.Response upload(Api api, String slug, String filename, byte[] content) {
        return api.sendMultipart(importPath(slug), "file", filename, content);
    }

    Api.Response upload(Api api, String slug, String csv) {
        return upload(api, slug, "products.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    JsonNode finished(Api api, Api.Response accepted) {
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        long jobId = accepted.json().get("jobId").asLong();
        return eventually("import job " + jobId + " to end", Duration.ofSeconds(60),
                () -> api.get("/admin/api/v1/jobs/" + jobId).json(),
                job -> List.of("succeeded", "failed").contains(job.get("state").asString()));
    }

    Map<String, JsonNode> productsBySku(String slug, String text) {
        JsonNode page = admin.get("/admin/api/v1/tenants/" + slug + "/products?size=200&q=" + text).json();
        Map<String, JsonNode> bySku = new HashMap<>();
        page.get("items").forEach(item -> bySku.put(item.get("sku").asString(), item));
        assertThat(page.get("total").asLong()).isEqualTo(bySku.size());
        return bySku;
    }

    long searchTotal(String slug, String query) {
        return anonymous().get("/t/" + slug + "/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                .json().get("total").asLong();
    }

    @Test
    void csvImportLandsGoodRowsReportsBadOnesAndRunsAgainIdempotently() {
        String csv = mixedCsv(twins.inA.supplierId(), twins.inB.supplierId());

        JsonNode job = finished(admin, upload(admin, twins.a, csv));

        assertThat(job.get("state").asString()).isEqualTo("succeeded");
        assertThat(job.get("kind").asString()).isEqualTo("import");
        assertThat(job.get("total").asLong()).isEqualTo(7);
        assertThat(job.get("processed").asLong()).isEqualTo(7);
        assertThat(job.get("errorCount").asInt()).isEqualTo(4);
        assertThat(job.get("errors")).extracting(e -> e.get("row").asLong(), e -> e.get("field").asString())
                .containsExactly(tuple(4L, "priceTiers"), tuple(5L, "sku"), tuple(6L, "supplierId"), tuple(8L, "moq"));
        assertThat(job.get("errors").get(2).get("message").asString())
                .isEqualTo("no supplier " + twins.inB.supplierId() + " in this portal");
        assertThat(job.get("message").asString()).startsWith("created 3, updated 0, failed 4 of 7 rows");

        Map<String, JsonNode> imported = productsBySku(twins.a, "IMP-");
        assertThat(imported).containsOnlyKeys("IMP-1", "IMP-2", "IMP-3");
        JsonNode first = imported.get("IMP-1");
        assertThat(first.get("category").asString()).isEqualTo("服装/羽绒服");
        assertThat(first.get("description").asString()).isEqualTo("保暖, 轻便");
        assertThat(first.get("priceTiers").get(1).get("price").decimalValue()).isEqualByComparingTo("2.80");
        assertThat(first.get("images").get(0).asString()).isEqualTo("/img/1.jpg");
        assertThat(imported.get("IMP-2").get("unit").asString()).isEqualTo("件");
        assertThat(imported.get("IMP-3").get("status").asString()).isEqualTo("inactive");

        JsonNode again = finished(admin, upload(admin, twins.a, csv));
        assertThat(again.get("message").asString()).startsWith("created 0, updated 3, failed 4 of 7 rows");
        assertThat(again.get("errors")).isEqualTo(job.get("errors"));
        Map<String, JsonNode> reimported = productsBySku(twins.a, "IMP-");
        assertThat(reimported.keySet()).isEqualTo(imported.keySet());
        imported.forEach((sku, before) -> {
            JsonNode after = reimported.get(sku);
            assertThat(after.get("id")).isEqualTo(before.get("id"));
            ((tools.jackson.databind.node.ObjectNode) after).remove("updatedAt");
            ((tools.jackson.databind.node.ObjectNode) before).remove("updatedAt");
            assertThat(after).isEqualTo(before);
        });

        JsonNode audit = admin.get("/admin/api/v1/audit?tenant=" + twins.a + "&limit=200").json().get("items");
        assertThat(audit).filteredOn(e -> e.get("action").asString().equals("product.import")).hasSize(2)
                .first().satisfies(entry -> assertThat(entry.get("after").get("updated").asLong()).isEqualTo(3));
        assertThat(audit).filteredOn(e -> e.get("action").asString().equals("product.create")).hasSize(1);
    }

    /**
     * docs/examples/products-import.csv, the integrators' guide's example, names every column the importer
     * knows (as its own 422 lists them) and imports without a row error; only its supplier id is this belt's.
     */
    @Test
    void theGuidesExampleFileHoldsEveryColumnAndImportsCleanly() throws IOException, InterruptedException {
        List<String> lines = Files.readAllLines(ApiDescriptionTest.repositoryFile("docs/examples/products-import.csv"));
        List<String> header = List.of(lines.getFirst().split(","));
        Api.Response unknownColumn = upload(admin, twins.a, "nonsense\n");
        Matcher known = Pattern.compile("the columns are ([^)]+)\\)").matcher(unknownColumn.body());
        assertThat(known.find()).as(unknownColumn.toString()).isTrue();
        assertThat(header).containsExactlyInAnyOrder(known.group(1).split(", "));

        int supplierColumn = header.indexOf("supplierId");
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        StringBuilder csv = new StringBuilder();
        try (CSVParser rows = CSVParser.parse(String.join("\n", lines), format);
             CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (CSVRecord row : rows) {
                List<String> cells = new ArrayList<>(row.toList());
                cells.set(supplierColumn, Long.toString(twins.inA.supplierId()));
                printer.printRecord(cells);
            }
        }
        JsonNode job = finished(admin, upload(admin, twins.a, csv.toString()));

        assertThat(job.get("errors")).as(job.toString()).isEmpty();
        assertThat(job.get("processed").asLong()).isEqualTo(lines.size() - 1);
        Map<String, JsonNode> imported = productsBySku(twins.a, "ZL-");
        assertThat(imported).hasSize(lines.size() - 1);
        assertThat(imported.get("ZL-SET-003").get("priceTiers").get(1).get("price").decimalValue()).isEqualByComparingTo("39.5");
        assertThat(imported.get("ZL-DRESS-001").get("images")).hasSize(2);
    }

    @Test
    void importedProductsAreSearchableWithinSeconds() {
        finished(admin, upload(admin, twins.a, mixedCsv(twins.inA.supplierId(), twins.inB.supplierId())));

        eventually("both imported 羽绒服 to be searchable", Duration.ofSeconds(5), () -> searchTotal(twins.a, "羽绒服"),
                total -> total >= 2);
        JsonNode found = anonymous().get("/t/" + twins.a + "/api/v1/search?q=" + URLEncoder.encode("羽绒服", StandardCharsets.UTF_8)).json();
        assertThat(found.get("items")).extracting(item -> item.get("sku").asString())
                .containsExactlyInAnyOrder("IMP-1", "IMP-2");
        assertThat(searchTotal(twins.b, "羽绒服")).isZero();
    }

    @Test
    void anotherTenantsImportOfTheSameSkusLeavesTheFirstTenantAlone() {
        String header = "sku,title,supplierId,moq,priceTiers\n";
        finished(admin, upload(admin, twins.a, header + "SAME-1,甲款," + twins.inA.supplierId() + ",10,10:1\n"
                + "TWIN-2,甲款二," + twins.inA.supplierId() + ",10,10:1\n"));
        Map<String, JsonNode> inA = productsBySku(twins.a, "");

        JsonNode job = finished(admin, upload(admin, twins.b, header + "SAME-1,乙款," + twins.inB.supplierId() + ",20,20:2\n"
                + "TWIN-2,乙款二," + twins.inB.supplierId() + ",20,20:2\n"));

        assertThat(job.get("message").asString()).startsWith("created 1, updated 1, failed 0");
        assertThat(productsBySku(twins.a, "")).isEqualTo(inA);
        assertThat(inA.get("SAME-1").get("id").asLong()).isEqualTo(twins.inA.productId());
        Map<String, JsonNode> inB = productsBySku(twins.b, "");
        assertThat(inB.get("SAME-1").get("id").asLong()).isEqualTo(twins.inB.productId());
        assertThat(inB.get("TWIN-2").get("id")).isNotEqualTo(inA.get("TWIN-2").get("id"));
        assertThat(inB.get("TWIN-2").get("title").asString()).isEqualTo("乙款二");
    }

    @Test
    void operatorOfOneTenantCannotImportIntoOrFollowTheJobsOfAnother() {
        String username = "op-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.post("/admin/api/v1/users", Map.of("username", username, "password", "operator-password",
                "grants", List.of(Map.of("tenant", twins.b, "role", "region_operator")))).status()).isEqualTo(201);
        Api operatorOfB = anonymous().login(username, "operator-password");
        String csv = "sku,title,supplierId,moq,priceTiers\nOP-1,款," + twins.inA.supplierId() + ",1,1:1\n";

        Api.Response accepted = upload(admin, twins.a, csv);
        finished(admin, accepted);
        long jobOfA = accepted.json().get("jobId").asLong();

        assertThat(operatorOfB.get("/admin/api/v1/jobs/" + jobOfA).status()).isEqualTo(404);
        assertThat(upload(operatorOfB, twins.a, csv).status()).isEqualTo(403);
        JsonNode own = finished(operatorOfB, upload(operatorOfB, twins.b,
                "sku,title,supplierId,moq,priceTiers\nOP-1,款," + twins.inB.supplierId() + ",1,1:1\n"));
        assertThat(own.get("state").asString()).isEqualTo("succeeded");
    }

    @Test
    void filesThatCannotBeImportedAre422AtUpload() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Api.Response image = upload(admin, twins.a, "products.csv", png);
        assertThat(image.status()).isEqualTo(422);
        assertThat(image.json().get("error").asString()).isEqualTo("invalid");
        assertThat(image.json().get("details").get(0).get("field").asString()).isEqualTo("file");

        assertThat(upload(admin, twins.a, "products.txt", "sku".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(422);
        assertThat(upload(admin, twins.a, "products.csv", new byte[0]).status()).isEqualTo(422);
        Api.Response unknown = upload(admin, twins.a, "sku,title,supplierId,moq,priceTiers,colour\nA,b,1,1,1:1,red\n");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("details").get(0).get("message").asString()).startsWith("unknown columns: colour");
        Api.Response missing = upload(admin, twins.a, "sku,title\nA,b\n");
        assertThat(missing.json().get("details").get(0).get("message").asString())
                .isEqualTo("missing required columns: supplier (or supplierId), moq, priceTiers");
    }

    @Test
    void uploadOverTheSizeLimitIs413() {
        byte[] tooLarge = new byte[128 * 1024 * 1024 + 1024];
        java.util.Arrays.fill(tooLarge, (byte) 'a');

        Api.Response response = upload(admin, twins.a, "products.csv", tooLarge);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("error").asString()).isEqualTo("payload_too_large");
    }

    @Test
    void aWorkbookOverFiftyMegabytesIs413WhereACsvOfThatSizeIsRead() {
        byte[] large = new byte[50 * 1024 * 1024 + 1024];
        java.util.Arrays.fill(large, (byte) 'a');

        Api.Response workbook = upload(admin, twins.a, "products.xlsx", large);
        Api.Response csv = upload(admin, twins.a, "products.csv", large);

        assertThat(workbook.status()).isEqualTo(413);
        assertThat(workbook.json().get("details").get(0).get("message").asString()).contains("save a larger catalogue as CSV");
        // Read, and refused for what it holds: one line of 50 MB is no CSV header.
        assertThat(csv.status()).as(csv.toString()).isIn(413, 422);
        assertThat(csv.json().get("details").get(0).get("message").asString()).doesNotContain(".xlsx");
    }

    /**
     * The workbook of issue 14: 263 KB whose one shared string, the title of its first product, expands to
     * 256 Mi characters. Written part by part as an attacker writes it.
     */
    static byte[] sharedStringBomb() throws IOException {
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            Map<String, String> parts = Map.of(
                    "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                            + "spreadsheetml.sheet.main+xml\"/></Types>",
                    "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"r1\" Type=\"" + relationships + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                            + "</Relationships>",
                    "xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + relationships + "\"><sheets>"
                            + "<sheet name=\"s\" sheetId=\"1\" r:id=\"r1\"/></sheets></workbook>",
                    "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"r1\" Type=\"" + relationships + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                            + "<Relationship Id=\"r2\" Type=\"" + relationships + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                            + "</Relationships>",
                    "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + main + "\"><sheetData><row r=\"1\">"
                            + "<c r=\"A1\" t=\"inlineStr\"><is><t>sku</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>title</t></is></c>"
                            + "<c r=\"C1\" t=\"inlineStr\"><is><t>supplierId</t></is></c><c r=\"D1\" t=\"inlineStr\"><is><t>moq</t></is></c>"
                            + "<c r=\"E1\" t=\"inlineStr\"><is><t>priceTiers</t></is></c></row><row r=\"2\">"
                            + "<c r=\"A2\" t=\"inlineStr\"><is><t>BOMB-1</t></is></c><c r=\"B2\" t=\"s\"><v>0</v></c>"
                            + "<c r=\"C2\"><v>1</v></c><c r=\"D2\"><v>1</v></c><c r=\"E2\" t=\"inlineStr\"><is><t>1:1</t></is></c>"
                            + "</row></sheetData></worksheet>");
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                out.write(part.getValue());
                out.flush();
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            out.write("<sst xmlns=\"" + main + "\" count=\"1\" uniqueCount=\"1\"><si><t>");
            String chunk = "x".repeat(1 << 16);
            for (int i = 0; i < 4096; i++) {
                out.write(chunk);
            }
            out.write("</t></si></sst>");
            out.flush();
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void sharedStringBombIs413AtOnceAndTheServerKeepsAnswering() throws IOException {
        byte[] bomb = sharedStringBomb();
        assertThat(bomb.length).isLessThan(300 * 1024);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getTotalThreadAllocatedBytes();

        Api.Response refused = upload(admin, twins.a, "bomb.xlsx", bomb);

        long allocated = threads.getTotalThreadAllocatedBytes() - allocatedBefore;
        assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
        assertThat(refused.json().get("error").asString()).isEqualTo("payload_too_large");
        assertThat(refused.json().get("details").get(0).get("message").asString()).contains("expands to more than");
        // The string alone is 256 MB as Latin-1 and 512 MB as UTF-16; the whole server spent less than a tenth of it.
        assertThat(allocated).isLessThan(50L << 20);
        assertThat(anonymous().get("/actuator/health").status()).isEqualTo(200);
        assertThat(anonymous().get("/t/" + twins.a + "/api/v1/search?q=x").status()).isEqualTo(200);
        JsonNode job = finished(admin, upload(admin, twins.a, "sku,title,supplierId,moq,priceTiers\nAFTER-1,款,"
                + twins.inA.supplierId() + ",1,1:1\n"));
        assertThat(job.get("message").asString()).startsWith("created 1");
    }

    @Test
    void thousandsOfRowsWithHugeValuesKeepTheFirstThousandErrorsShortAndCountTheRest() {
        StringBuilder csv = new StringBuilder("sku,title,supplierId,moq,priceTiers\n");
        String hugeMoq = "9".repeat(10_000);
        for (int i = 0; i < 2_500; i++) {
            csv.append("BIG-").append(i).append(",款,").append(twins.inA.supplierId()).append(',').append(hugeMoq).append(",1:1\n");
        }

        Api.Response accepted = upload(admin, twins.a, csv.toString());
        JsonNode job = finished(admin, accepted);

        assertThat(job.get("errorCount").asInt()).isEqualTo(2_500);
        assertThat(job.get("errors")).hasSize(1_000);
        assertThat(job.get("errors").get(0).get("message").asString()).isEqualTo("'" + "9".repeat(40) + "…' is not a whole number");
        assertThat(admin.get("/admin/api/v1/jobs/" + accepted.json().get("jobId").asLong()).body()).hasSizeLessThan(150_000);
    }

    @Test
    void xlsxImportReadsNumberAndTextCells() throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(xlsx, "BeltPortal test", "1.0");
        Worksheet sheet = workbook.newWorksheet("产品");
        List<String> header = List.of("SKU", "Title", "SupplierId", "MOQ", "PriceTiers", "Category");
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        sheet.value(1, 0, 880001);
        sheet.value(1, 1, "拉杆箱 20寸");
        sheet.value(1, 2, twins.inA.supplierId());
        sheet.value(1, 3, 50);
        sheet.value(1, 4, "50:88;500:79.5");
        sheet.value(1, 5, "箱包/拉杆箱");
        sheet.value(2, 0, "XL-BAD");
        sheet.value(2, 1, "坏行");
        sheet.value(2, 2, twins.inA.supplierId());
        sheet.value(2, 3, 0);
        sheet.value(2, 4, "10:1");
        workbook.finish();

        JsonNode job = finished(admin, upload(admin, twins.a, "箱包.xlsx", xlsx.toByteArray()));

        assertThat(job.get("state").asString()).isEqualTo("succeeded");
        assertThat(job.get("total").asLong()).isEqualTo(2);
        assertThat(job.get("errors")).extracting(e -> e.get("row").asLong(), e -> e.get("field").asString())
                .containsExactly(tuple(3L, "moq"));
        JsonNode product = productsBySku(twins.a, "880001").get("880001");
        assertThat(product.get("title").asString()).isEqualTo("拉杆箱 20寸");
        assertThat(product.get("moq").asInt()).isEqualTo(50);
        assertThat(product.get("minPrice").decimalValue()).isEqualByComparingTo("79.50");
        assertThat(product.get("category").asString()).isEqualTo("箱包/拉杆箱");
    }
}
