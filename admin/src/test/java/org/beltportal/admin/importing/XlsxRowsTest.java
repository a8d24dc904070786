package org.beltportal.admin.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.beltportal.core.system.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxRowsTest {

    @TempDir
    Path dir;

    List<SourceRow> read(List<List<Object>> sheet) throws IOException {
        try (RowSource source = XlsxRows.open(TestFiles.xlsx(dir, sheet), ImportLimits.DEFAULT)) {
            return source.rows().toList();
        }
    }

    static List<Object> cells(Object... values) {
        return Arrays.asList(values);
    }

    @Test
    void cellsAreReadAsTheOperatorSeesThem() throws IOException {
        List<SourceRow> rows = read(List.of(
                cells("sku", "title", "supplierId", "moq", "priceTiers", "status", "description"),
                cells(10001, "女童连衣裙", 12, 30.0, "30:25.80;300:22.5", "inline:active", null)));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(2);
            assertThat(row.get(Column.SKU)).isEqualTo("10001");
            assertThat(row.get(Column.TITLE)).isEqualTo("女童连衣裙");
            assertThat(row.get(Column.SUPPLIER_ID)).isEqualTo("12");
            assertThat(row.get(Column.MOQ)).isEqualTo("30");
            assertThat(row.get(Column.PRICE_TIERS)).isEqualTo("30:25.80;300:22.5");
            assertThat(row.get(Column.STATUS)).isEqualTo("active");
            assertThat(row.get(Column.DESCRIPTION)).isNullOrEmpty();
        });
    }

    @Test
    void decimalsAndBooleansBecomePlainText() throws IOException {
        List<SourceRow> rows = read(List.of(
                cells("sku", "title", "supplierId", "moq", "priceTiers", "unit"),
                cells("A-1", new BigDecimal("3.50"), 1, 1e3, "1:1", true)));

        assertThat(rows.getFirst().get(Column.TITLE)).isEqualTo("3.5");
        assertThat(rows.getFirst().get(Column.MOQ)).isEqualTo("1000");
        assertThat(rows.getFirst().get(Column.UNIT)).isEqualTo("true");
    }

    @Test
    void rowNumbersAreTheSheetsEvenAroundBlankRowsAndALowerHeader() throws IOException {
        List<Object> header = cells("SKU", "Title", "SupplierId", "MOQ", "PriceTiers");
        List<SourceRow> rows = read(Arrays.asList(null, header, cells("A-1", "t", 1, 1, "1:1"), null,
                cells("", "", null, "", ""), cells("A-2", "t", 1, 1, "1:1")));

        assertThat(rows).extracting(SourceRow::number).containsExactly(3L, 6L);
    }

    @Test
    void unknownColumnsAreRefusedUpFront() {
        assertThatThrownBy(() -> read(List.of(cells("sku", "title", "supplierId", "moq", "priceTiers", "颜色"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getMessage()).startsWith("file: unknown columns: 颜色"));
    }

    @Test
    void valueUnderABlankHeaderCellIsFlagged() throws IOException {
        List<SourceRow> rows = read(List.of(cells("sku", "title", "supplierId", "moq", "priceTiers", null, "images"),
                cells("A-1", "t", 1, 1, "1:1", "note", "/a.jpg")));

        assertThat(rows.getFirst().valuesOutsideColumns()).isTrue();
        assertThat(rows.getFirst().get(Column.IMAGES)).isEqualTo("/a.jpg");
    }

    @Test
    void manySharedStringRowsStreamInOrder() throws IOException {
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(cells("sku", "title", "supplierId", "moq", "priceTiers"));
        for (int i = 0; i < 50_000; i++) {
            sheet.add(cells("SKU-" + i, "标题 " + i, 1, 10, "10:1.5"));
        }
        try (RowSource source = XlsxRows.open(TestFiles.xlsx(dir, sheet), ImportLimits.DEFAULT)) {
            assertThat(source.rows().reduce((first, second) -> second)).hasValueSatisfying(row -> {
                assertThat(row.number()).isEqualTo(50_001);
                assertThat(row.get(Column.SKU)).isEqualTo("SKU-49999");
            });
        }
    }
}
