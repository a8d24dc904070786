package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.beltportal.core.testing.Eventually.eventually;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Import by supplier code or name, unknown categories, the template, row errors as CSV, and the export
 * that imports into an empty belt as the same products: over HTTP, with real files, on twin belts.
 */
class CatalogueImportTest extends PortalServerTest {

    static final List<String> WRITTEN_COLUMNS = List.of("sku", "title", "titleEn", "description", "category", "categoryEn", "supplier",
            "moq", "unit", "unitEn", "priceTiers", "status", "images", "listingUrl");

    TwinBelts twins;
    Api admin;

    @BeforeEach
    void twins() {
        admin = admin();
        twins = new TwinBelts(admin);
    }

    String base(String slug) {
        return "/admin/api/v1/tenants/" + slug;
    }

    long supplier(String slug, String name, String code) {
        Map<String, Object> body = new HashMap<>(TwinBelts.supplier(name));
        body.put("code", code);
        return TwinBelts.created(admin.post(base(slug) + "/suppliers", body));
    }

    JsonNode importFile(String slug, String query, String filename, byte[] content) {
        Api.Response accepted = admin.sendMultipart(base(slug) + "/products/import" + query, "file", filename, content);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        long jobId = accepted.json().get("jobId").asLong();
        JsonNode job = eventually("import job " + jobId + " to end", Duration.ofSeconds(60),
                () -> admin.get("/admin/api/v1/jobs/" + jobId).json(),
                j -> List.of("succeeded", "failed").contains(j.get("state").asString()));
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("succeeded");
        return job;
    }

    JsonNode importCsv(String slug, String query, String csv) {
        return importFile(slug, query, "products.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    Map<String, JsonNode> productsBySku(String slug) {
        Map<String, JsonNode> bySku = new HashMap<>();
        JsonNode page = admin.get(base(slug) + "/products?size=200").json();
        page.get("items").forEach(item -> bySku.put(item.get("sku").asString(), item));
        return bySku;
    }

    static List<CSVRecord> csvRecords(String body) throws IOException {
        assertThat(body).startsWith("\uFEFF");
        try (CSVParser parser = CSVParser.parse(new StringReader(body.substring(1)), CSVFormat.DEFAULT)) {
            return parser.getRecords();
        }
    }

    String newBelt() {
        String slug = "cat-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = admin.post("/admin/api/v1/tenants",
                Map.of("slug", slug, "name", "空产业带", "hosts", List.of(slug + ".portal.test"), "region", "测试省"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return slug;
    }

    @Test
    void rowsNameSuppliersByCodeOrNameAndAmbiguousOrForeignOnesAreRowErrors() {
        long coded = supplier(twins.a, "织里一厂", "ZL-001");
        supplier(twins.a, "重名厂", null);
        supplier(twins.a, "重名厂", null);
        supplier(twins.b, "乙带工厂", "ONLY-B");
        String csv = "sku,title,supplier,supplierId,moq,priceTiers\n"
                + "S-1,按编码,zl-001,,10,10:1\n"
                + "S-2,按名称,同名工厂,,10,10:1\n"
                + "S-3,重名,重名厂,,10,10:1\n"
                + "S-4,别家编码,ONLY-B,,10,10:1\n"
                + "S-5,两者都填,ZL-001," + coded + ",10,10:1\n"
                + "S-6,按编号,," + coded + ",10,10:1\n";

        JsonNode job = importCsv(twins.a, "", csv);

        assertThat(job.get("errors")).extracting(e -> e.get("row").asLong(), e -> e.get("field").asString())
                .containsExactly(tuple(4L, "supplier"), tuple(5L, "supplier"), tuple(6L, "supplier"));
        assertThat(job.get("errors").get(0).get("message").asString())
                .startsWith("'重名厂' is the name of 2 suppliers (ids ").endsWith("give the supplier's code or supplierId instead");
        assertThat(job.get("errors").get(1).get("message").asString()).isEqualTo("no supplier with code or name 'ONLY-B' in this portal");
        assertThat(job.get("errors").get(2).get("message").asString()).isEqualTo("fill either supplier or supplierId, not both");
        Map<String, JsonNode> imported = productsBySku(twins.a);
        assertThat(imported.get("S-1").get("supplierId").asLong()).isEqualTo(coded);
        assertThat(imported.get("S-2").get("supplierId").asLong()).isEqualTo(twins.inA.supplierId());
        assertThat(imported.get("S-6").get("supplierId").asLong()).isEqualTo(coded);
        assertThat(imported).doesNotContainKeys("S-3", "S-4", "S-5");
    }

    @Test
    void anUnknownCategoryIsARowErrorUnlessTheImportMayCreateIt() {
        String csv = "sku,title,supplierId,moq,priceTiers,category\n"
                + "U-1,已有类目," + twins.inA.supplierId() + ",10,10:1,童装/男童\n"
                + "U-2,新类目," + twins.inA.supplierId() + ",10,10:1,新类/子类\n";

        JsonNode reported = importCsv(twins.a, "", csv);

        assertThat(reported.get("errors")).extracting(e -> e.get("row").asLong(), e -> e.get("field").asString(),
                        e -> e.get("message").asString())
                .containsExactly(tuple(3L, "category",
                        "no category 新类/子类 in this portal: create it first, or import with createCategories=true"));
        assertThat(admin.get(base(twins.a) + "/categories").body()).doesNotContain("新类");
        assertThat(productsBySku(twins.a)).containsKey("U-1").doesNotContainKey("U-2");

        JsonNode created = importCsv(twins.a, "?createCategories=true", csv);

        assertThat(created.get("errors")).isEmpty();
        assertThat(productsBySku(twins.a).get("U-2").get("category").asString()).isEqualTo("新类/子类");
        assertThat(admin.get(base(twins.b) + "/categories").body()).doesNotContain("新类");
    }

    @Test
    void rowErrorsDownloadAsCsvOnlyFromTheirOwnBelt() throws IOException {
        String csv = "sku,title,supplierId,moq,priceTiers\n"
                + "E-1,好的," + twins.inA.supplierId() + ",10,10:1\n"
                + "E-2,起订量," + twins.inA.supplierId() + ",=1+1,10:1\n"
                + "E-3,价格," + twins.inA.supplierId() + ",10,10:abc\n";
        JsonNode job = importCsv(twins.a, "", csv);
        long jobId = job.get("id").asLong();

        Api.Response errors = admin.get(base(twins.a) + "/products/import/" + jobId + "/errors.csv");

        assertThat(errors.status()).isEqualTo(200);
        assertThat(errors.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(errors.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        List<CSVRecord> records = csvRecords(errors.body());
        assertThat(records).extracting(CSVRecord::toList).containsExactly(
                List.of("row", "field", "message"),
                List.of("3", "moq", job.get("errors").get(0).get("message").asString()),
                List.of("4", "priceTiers", job.get("errors").get(1).get("message").asString()));
        assertThat(admin.get(base(twins.b) + "/products/import/" + jobId + "/errors.csv").status()).isEqualTo(404);
        assertThat(admin.get(base(twins.a) + "/products/import/999999999/errors.csv").status()).isEqualTo(404);
    }

    @Test
    void theTemplatesNameTheWrittenColumnsAndImportOnceTheirSupplierExists() throws IOException {
        Api.Response csvTemplate = admin.get(base(twins.a) + "/products/import/template.csv");
        assertThat(csvTemplate.status()).isEqualTo(200);
        List<CSVRecord> rows = csvRecords(csvTemplate.body());
        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst().toList()).isEqualTo(WRITTEN_COLUMNS);
        byte[] xlsxTemplate = admin.getBytes(base(twins.a) + "/products/import/template.xlsx");

        JsonNode withoutSupplier = importFile(twins.a, "", "template.csv", csvTemplate.body().getBytes(StandardCharsets.UTF_8));
        assertThat(withoutSupplier.get("errors")).extracting(e -> e.get("field").asString()).containsExactly("supplier");

        supplier(twins.a, "模板工厂", "ZL-0001");
        assertThat(importFile(twins.a, "?createCategories=true", "template.csv",
                csvTemplate.body().getBytes(StandardCharsets.UTF_8)).get("errors")).isEmpty();
        assertThat(importFile(twins.a, "", "template.xlsx", xlsxTemplate).get("errors")).isEmpty();
        assertThat(productsBySku(twins.a).get("EXAMPLE-001").get("priceTiers")).hasSize(2);
        assertThat(rows.get(1).get(WRITTEN_COLUMNS.indexOf("categoryEn"))).isEqualTo("Girls' dresses");
        assertThat(englishNames(twins.a)).containsEntry("童装/女童/连衣裙", "Girls' dresses");
    }

    @Test
    void anExportedCsvImportsIntoAnEmptyBeltAsTheSameProducts() throws IOException {
        Map<String, JsonNode> original = richCatalogue();

        Api.Response export = admin.get(base(twins.a) + "/products/export.csv");

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"products-" + twins.a + "-");
        List<CSVRecord> records = csvRecords(export.body());
        assertThat(records.getFirst().toList()).isEqualTo(WRITTEN_COLUMNS);
        // Formula-like cells reach a spreadsheet as text: quoted, never starting with = + - @.
        assertThat(records).extracting(r -> r.get(1)).contains("'=HYPERLINK(\"http://evil.example\",\"点击\")", "'@SUM(1+1)");
        assertThat(records).allSatisfy(r -> r.toList().forEach(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("@")));

        String empty = beltWithTheSameSuppliers();
        JsonNode job = importFile(empty, "?createCategories=true", "export.csv", export.body().getBytes(StandardCharsets.UTF_8));

        assertThat(job.get("errors")).as(job.toString()).isEmpty();
        assertSameProducts(original, productsBySku(empty), empty);
        assertSameEnglishNames(empty);
    }

    @Test
    void anExportedWorkbookImportsIntoAnEmptyBeltAsTheSameProducts() {
        Map<String, JsonNode> original = richCatalogue();

        byte[] workbook = admin.getBytes(base(twins.a) + "/products/export.xlsx");

        assertThat(workbook).startsWith('P', 'K', 3, 4);
        String empty = beltWithTheSameSuppliers();
        JsonNode job = importFile(empty, "?createCategories=true", "export.xlsx", workbook);
        assertThat(job.get("errors")).as(job.toString()).isEmpty();
        assertSameProducts(original, productsBySku(empty), empty);
        assertSameEnglishNames(empty);
    }

    @Test
    void anotherBeltsExportHoldsNoneOfThisBeltsProducts() throws IOException {
        richCatalogue();
        List<CSVRecord> ofB = csvRecords(admin.get(base(twins.b) + "/products/export.csv").body());
        assertThat(ofB).extracting(r -> r.get(0)).containsExactly("sku", "SAME-1");
    }

    /**
     * Belt A's catalogue with every column used, formula-like titles, quotes and line breaks, and an uncoded supplier;
     * one category named in English with a comma and quotes, one without an English name.
     */
    Map<String, JsonNode> richCatalogue() {
        long coded = supplier(twins.a, "织里编码厂", "ZL-CODED");
        TwinBelts.created(admin.post(base(twins.a) + "/categories",
                Map.of("path", "童装/女童/连衣裙", "nameEn", "Girls' dresses, \"summer\"")));
        List<Map<String, Object>> products = List.of(
                product("R-1", "=HYPERLINK(\"http://evil.example\",\"点击\")", coded, "童装/女童/连衣裙", "active"),
                product("R-2", "@SUM(1+1)", twins.inA.supplierId(), null, "inactive"),
                product("R-3", "男童T恤 \"经典\"款, 纯棉", coded, "童装/男童/T恤", "active"));
        for (Map<String, Object> product : products) {
            TwinBelts.created(admin.post(base(twins.a) + "/products", product));
        }
        return productsBySku(twins.a);
    }

    static Map<String, Object> product(String sku, String title, long supplierId, String category, String status) {
        Map<String, Object> product = new HashMap<>(TwinBelts.product(sku, title, supplierId));
        product.remove("attributes");
        product.put("category", category);
        product.put("status", status);
        product.put("titleEn", "Title, \"quoted\" " + sku);
        product.put("description", "第一行, 逗号\n第二行 -减号 +加号\n=公式");
        product.put("images", List.of("https://img.example.com/" + sku + "-1.jpg", "/media/" + sku + "-2.jpg"));
        if (!"R-2".equals(sku)) {
            // English unit and marketplace listing travel too; R-2 keeps both empty, which must stay empty.
            product.put("unitEn", "piece, \"pcs\"");
            product.put("listingUrl", "https://detail.shop.example.com/offer/" + sku + ".html?spm=a&id=1");
        }
        product.put("priceTiers", List.of(Map.of("minQty", 30, "price", "25.80"), Map.of("minQty", 300, "price", "22.5"),
                Map.of("minQty", 3000, "price", "19")));
        return product;
    }

    /** A new belt with suppliers of the same codes and names as belt A's, and nothing else. */
    String beltWithTheSameSuppliers() {
        String slug = newBelt();
        supplier(slug, "织里编码厂", "ZL-CODED");
        supplier(slug, "同名工厂", null);
        return slug;
    }

    /** Every category of the belt by path, with its English name (null for none). */
    Map<String, String> englishNames(String slug) {
        Map<String, String> names = new HashMap<>();
        admin.get(base(slug) + "/categories").json().forEach(node -> ImportCategoryEnglishNamesTest.collect(node, names));
        return names;
    }

    /** The categories the import created in {@code copiedBelt} have belt A's English names, and none where A has none. */
    void assertSameEnglishNames(String copiedBelt) {
        Map<String, String> inA = englishNames(twins.a);
        Map<String, String> copied = englishNames(copiedBelt);
        assertThat(copied).containsEntry("童装/女童/连衣裙", "Girls' dresses, \"summer\"").containsEntry("童装/男童/T恤", null);
        copied.forEach((path, nameEn) -> assertThat(nameEn).as(path).isEqualTo(inA.get(path)));
    }

    void assertSameProducts(Map<String, JsonNode> original, Map<String, JsonNode> copied, String copiedBelt) {
        assertThat(copied.keySet()).isEqualTo(original.keySet());
        Map<Long, String> namesInA = supplierNames(twins.a);
        Map<Long, String> namesInCopy = supplierNames(copiedBelt);
        original.forEach((sku, before) -> {
            JsonNode after = copied.get(sku);
            assertThat(namesInCopy.get(after.get("supplierId").asLong())).isEqualTo(namesInA.get(before.get("supplierId").asLong()));
            assertThat(comparable(after)).as(sku).isEqualTo(comparable(before));
        });
    }

    /** The product without what belongs to the belt it is in (ids, times, attributes, which the format does not hold). */
    static JsonNode comparable(JsonNode product) {
        ObjectNode copy = ((ObjectNode) product).deepCopy();
        copy.remove(List.of("id", "tenantId", "supplierId", "createdAt", "updatedAt", "attributes"));
        return copy;
    }

    Map<Long, String> supplierNames(String slug) {
        Map<Long, String> names = new HashMap<>();
        admin.get(base(slug) + "/suppliers?size=200").json().get("items")
                .forEach(s -> names.put(s.get("id").asLong(), s.get("name").asString()));
        return names;
    }
}
