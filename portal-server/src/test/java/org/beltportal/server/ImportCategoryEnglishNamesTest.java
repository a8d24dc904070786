package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.beltportal.core.testing.Eventually.eventually;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The import's categoryEn column (decision 0051): a category the import creates, or one without an English name,
 * takes the row's; one named otherwise in English makes the row an error and keeps its name; an overlong name is a
 * row error. Over HTTP, on twin belts whose categories have the same paths, so a check that looked at the wrong belt
 * would show.
 */
class ImportCategoryEnglishNamesTest extends PortalServerTest {

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

    JsonNode importCsv(String slug, String query, String csv) {
        Api.Response accepted = admin.sendMultipart(base(slug) + "/products/import" + query, "file", "products.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        long jobId = accepted.json().get("jobId").asLong();
        JsonNode job = eventually("import job " + jobId + " to end", Duration.ofSeconds(60),
                () -> admin.get("/admin/api/v1/jobs/" + jobId).json(),
                j -> List.of("succeeded", "failed").contains(j.get("state").asString()));
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("succeeded");
        return job;
    }

    /** Every category of the belt by path, with its English name (null for none). */
    Map<String, String> englishNames(String slug) {
        Map<String, String> names = new HashMap<>();
        admin.get(base(slug) + "/categories").json().forEach(node -> collect(node, names));
        return names;
    }

    static void collect(JsonNode node, Map<String, String> names) {
        JsonNode nameEn = node.get("nameEn");
        names.put(node.get("path").asString(), nameEn == null || nameEn.isNull() ? null : nameEn.asString());
        node.get("children").forEach(child -> collect(child, names));
    }

    List<String> skus(String slug) {
        List<String> skus = new ArrayList<>();
        admin.get(base(slug) + "/products?size=200").json().get("items").forEach(item -> skus.add(item.get("sku").asString()));
        return skus;
    }

    String row(String sku, String category, String categoryEn) {
        return sku + ",品名," + twins.inA.supplierId() + ",10,10:1," + category + "," + categoryEn + "\n";
    }

    static final String HEADER = "sku,title,supplierId,moq,priceTiers,category,categoryEn\n";

    @Test
    void aCategoryTheImportCreatesTakesTheRowsEnglishNameOnItsLastLevelOnly() {
        String csv = HEADER + row("N-1", "家居/厨房/刀具", "Kitchen knives") + row("N-2", "家居/厨房/刀具", " Kitchen knives ");

        JsonNode job = importCsv(twins.a, "?createCategories=true", csv);

        assertThat(job.get("errors")).as(job.toString()).isEmpty();
        Map<String, String> names = englishNames(twins.a);
        assertThat(names).containsEntry("家居/厨房/刀具", "Kitchen knives").containsEntry("家居/厨房", null)
                .containsEntry("家居", null);
        assertThat(skus(twins.a)).contains("N-1", "N-2");
        assertThat(englishNames(twins.b)).doesNotContainKey("家居");
    }

    @Test
    void aCategoryWithoutAnEnglishNameIsNamedEvenWithoutTheCreateOptionAndTheTwinBeltsIsNot() {
        // Belt B's twin category has another English name: it must neither block nor be touched by belt A's import.
        admin.post(base(twins.b) + "/categories", Map.of("path", "童装/男童", "nameEn", "Boys' wear"));
        assertThat(englishNames(twins.a)).containsEntry("童装/男童", null);

        JsonNode job = importCsv(twins.a, "", HEADER + row("F-1", "童装/男童", "Boys"));

        assertThat(job.get("errors")).as(job.toString()).isEmpty();
        assertThat(englishNames(twins.a)).containsEntry("童装/男童", "Boys");
        assertThat(englishNames(twins.b)).containsEntry("童装/男童", "Boys' wear");
        JsonNode audit = admin.get("/admin/api/v1/audit?tenant=" + twins.a + "&limit=200").json().get("items");
        assertThat(audit).filteredOn(e -> e.get("action").asString().equals("category.update"))
                .singleElement().satisfies(e -> assertThat(e.get("after").get("nameEn").asString()).isEqualTo("Boys"));
    }

    @Test
    void anEnglishNameOtherThanTheCategorysIsARowErrorAndNeverOverwritesIt() {
        admin.post(base(twins.a) + "/categories", Map.of("path", "童装/男童", "nameEn", "Boys' wear"));
        String csv = HEADER + row("C-1", "童装/男童", "Boys' wear") + row("C-2", "童装/男童", "Boys")
                + row("C-3", "童装/男童", "") + row("C-4", "新类/甲", "First") + row("C-5", "新类/甲", "Second");

        JsonNode job = importCsv(twins.a, "?createCategories=true", csv);

        assertThat(job.get("errors")).extracting(e -> e.get("row").asLong(), e -> e.get("field").asString(),
                e -> e.get("message").asString()).containsExactly(
                tuple(3L, "categoryEn", "category 童装/男童 is named 'Boys' wear' in English, not 'Boys': rename it in the"
                        + " console or the API first, or leave categoryEn empty"),
                tuple(6L, "categoryEn", "category 新类/甲 is named 'First' in English, not 'Second': rename it in the"
                        + " console or the API first, or leave categoryEn empty"));
        assertThat(englishNames(twins.a)).containsEntry("童装/男童", "Boys' wear").containsEntry("新类/甲", "First");
        assertThat(skus(twins.a)).contains("C-1", "C-3", "C-4").doesNotContain("C-2", "C-5");
    }

    @Test
    void anOverlongEnglishNameOrOneWithoutACategoryIsARowErrorAndNamesNothing() {
        String csv = HEADER + row("L-1", "童装/男童", "B".repeat(61)) + row("L-2", "", "Orphans")
                + row("L-3", "童装/女童", "G".repeat(60));

        JsonNode job = importCsv(twins.a, "", csv);

        assertThat(job.get("errors")).extracting(e -> e.get("row").asLong(), e -> e.get("field").asString(),
                e -> e.get("message").asString()).containsExactly(
                tuple(2L, "categoryEn", "must have at most 60 characters"),
                tuple(3L, "categoryEn", "names the row's category in English: fill category too"));
        assertThat(englishNames(twins.a)).containsEntry("童装/男童", null).containsEntry("童装/女童", "G".repeat(60));
        assertThat(skus(twins.a)).contains("L-3").doesNotContain("L-1", "L-2");
    }
}
