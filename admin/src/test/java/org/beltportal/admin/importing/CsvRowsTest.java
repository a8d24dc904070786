package org.beltportal.admin.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.beltportal.core.system.FieldProblem;
import org.beltportal.core.system.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRowsTest {

    @TempDir
    Path dir;

    List<SourceRow> read(String text) throws IOException {
        try (RowSource source = CsvRows.open(TestFiles.csv(dir, text), ImportLimits.DEFAULT)) {
            return source.rows().toList();
        }
    }

    @Test
    void rowsAreKeyedByHeaderNameInAnyOrderAndCase() throws IOException {
        List<SourceRow> rows = read("PriceTiers,SKU,title,supplierid,moq\n100:3.5,ZL-1,连衣裙,12,30\n");

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(2);
            assertThat(row.get(Column.SKU)).isEqualTo("ZL-1");
            assertThat(row.get(Column.PRICE_TIERS)).isEqualTo("100:3.5");
            assertThat(row.get(Column.SUPPLIER_ID)).isEqualTo("12");
            assertThat(row.get(Column.IMAGES)).isNull();
        });
    }

    @Test
    void byteOrderMarkIsNotPartOfTheFirstColumnName() throws IOException {
        assertThat(read("\uFEFFsku,title,supplierId,moq,priceTiers\nA-1,t,1,1,1:1\n"))
                .singleElement().satisfies(row -> assertThat(row.get(Column.SKU)).isEqualTo("A-1"));
    }

    @Test
    void blankLinesAreSkippedYetCountInRowNumbers() throws IOException {
        List<SourceRow> rows = read("sku,title,supplierId,moq,priceTiers\nA-1,t,1,1,1:1\n\n,,,,\nA-2,t,1,1,1:1\n");

        assertThat(rows).extracting(SourceRow::number).containsExactly(2L, 5L);
    }

    @Test
    void quotedCommasAndLineBreaksStayInOneCellAndOneRow() throws IOException {
        List<SourceRow> rows = read("sku,title,description,supplierId,moq,priceTiers\n"
                + "A-1,t,\"纯棉, 透气\n第二行\",1,1,1:1\nA-2,t,,1,1,1:1\n");

        assertThat(rows).extracting(SourceRow::number).containsExactly(2L, 3L);
        assertThat(rows.getFirst().get(Column.DESCRIPTION)).isEqualTo("纯棉, 透气\n第二行");
    }

    @Test
    void valueBeyondTheHeaderIsFlaggedAndShortRowsHaveNoValue() throws IOException {
        List<SourceRow> rows = read("sku,title,supplierId,moq,priceTiers\nA-1,t,1,1,1:1,extra\nA-2,t\n");

        assertThat(rows.get(0).valuesOutsideColumns()).isTrue();
        assertThat(rows.get(1).valuesOutsideColumns()).isFalse();
        assertThat(rows.get(1).get(Column.MOQ)).isNull();
    }

    @Test
    void unknownColumnsAreRefusedUpFrontWithTheKnownOnes() {
        assertThatThrownBy(() -> read("sku,title,supplierId,moq,priceTiers,colour,尺码\n"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::message).singleElement().asString()
                        .startsWith("unknown columns: colour, 尺码 (the columns are sku, title, titleEn"));
    }

    @Test
    void missingRequiredAndRepeatedColumnsAreRefused() {
        assertThatThrownBy(() -> read("sku,title,title\n"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::message).containsExactly("column title appears twice in the header",
                                "missing required columns: supplier (or supplierId), moq, priceTiers"));
    }

    @Test
    void emptyFileHasNoHeader() {
        assertThatThrownBy(() -> read("\n\n")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getMessage()).startsWith("file: is empty"));
    }

    @Test
    void unclosedQuoteStopsReadingAtItsRow() {
        assertThatThrownBy(() -> read("sku,title,supplierId,moq,priceTiers\nA-1,t,1,1,1:1\nA-2,\"t,1,1,1:1\n"))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.row()).isEqualTo(3));
    }

    @Test
    void bytesThatAreNotUtf8StopReadingWithAReason() throws IOException {
        Path file = dir.resolve("gbk.csv");
        Files.write(file, "sku,title,supplierId,moq,priceTiers\nA-1,连衣裙,1,1,1:1\n".getBytes("GBK"));

        assertThatThrownBy(() -> {
            try (RowSource source = CsvRows.open(file, ImportLimits.DEFAULT)) {
                source.rows().toList();
            }
        }).isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.getMessage()).contains("not UTF-8"));
    }

    @Test
    void recordOfAMillionCommasIsRefusedAtTheRowLimit() {
        assertThatThrownBy(() -> read("sku,title,supplierId,moq,priceTiers\nA-1,t,1,1,1:1\nA-2" + ",".repeat(1_000_000) + "\n"))
                .isInstanceOfSatisfying(TooLargeException.class, e -> {
                    assertThat(e.row()).isEqualTo(3);
                    assertThat(e.getMessage()).endsWith("a row is longer than 200000 characters");
                });
    }

    @Test
    void cellLongerThanExcelAllowsIsRefusedEvenAcrossLines() {
        String cell = ("纯棉".repeat(500) + "\n").repeat(40);

        assertThatThrownBy(() -> read("sku,title,description,supplierId,moq,priceTiers\nA-1,t,\"" + cell + "\",1,1,1:1\n"))
                .isInstanceOfSatisfying(TooLargeException.class, e -> {
                    assertThat(e.row()).isEqualTo(2);
                    assertThat(e.getMessage()).endsWith("a cell is longer than 32767 characters");
                });
    }

    @Test
    void valueBeyondTheHundredthColumnOnlyFlagsItsRow() throws IOException {
        List<SourceRow> rows = read("sku,title,supplierId,moq,priceTiers\nA-1,t,1,1,1:1" + ",".repeat(200) + "far\nA-2,t,1,1,1:1"
                + ",".repeat(200) + "\n");

        assertThat(rows).extracting(SourceRow::valuesOutsideColumns).containsExactly(true, false);
        assertThat(rows.getFirst().get(Column.SKU)).isEqualTo("A-1");
    }

    @Test
    void aLargeFileIsReadAsAStream() throws IOException {
        Path file = dir.resolve("large.csv");
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("sku,title,supplierId,moq,priceTiers\n");
            for (int i = 0; i < 200_000; i++) {
                out.write("SKU-" + i + ",标题 " + i + ",1,10,10:1.5\n");
            }
        }
        try (RowSource source = CsvRows.open(file, ImportLimits.DEFAULT)) {
            assertThat(source.rows().mapToLong(SourceRow::number).max()).hasValue(200_001);
        }
    }
}
