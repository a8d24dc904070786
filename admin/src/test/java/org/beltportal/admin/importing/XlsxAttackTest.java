package org.beltportal.admin.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.beltportal.core.system.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks built to stop the server: each must be refused quickly, with a reason, and without the
 * reader ever holding more than a bounded amount of memory.
 */
class XlsxAttackTest {

    static final Duration QUICKLY = Duration.ofSeconds(10);
    static final long MI = 1024 * 1024;

    @TempDir
    Path dir;

    static List<SourceRow> readAll(Path file) throws IOException {
        try (RowSource source = XlsxRows.open(file, ImportLimits.DEFAULT)) {
            return source.rows().toList();
        }
    }

    static void assertRefused(Path file, String reason) {
        assertTimeoutPreemptively(QUICKLY, () -> assertThatThrownBy(() -> readAll(file))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining(reason));
    }

    /** The header in shared strings 0 to 4, and a data row whose title is shared string 5. */
    Path withSharedTitle(TestFiles.Part title) throws IOException {
        return TestFiles.rawXlsx(dir, TestFiles.sheet(out -> out.write("""
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>\
                <c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>\
                <row r="2"><c r="A2" t="inlineStr"><is><t>A-1</t></is></c><c r="B2" t="s"><v>5</v></c><c r="C2"><v>1</v></c>\
                <c r="D2"><v>1</v></c><c r="E2" t="inlineStr"><is><t>1:1</t></is></c></row>""")),
                TestFiles.sharedStrings(out -> {
                    out.write("<si><t>sku</t></si><si><t>title</t></si><si><t>supplierId</t></si><si><t>moq</t></si>"
                            + "<si><t>priceTiers</t></si><si><t>");
                    title.write(out);
                    out.write("</t></si>");
                }), Map.of());
    }

    /** Text that hardly compresses, so that only the cell limit can refuse it. */
    static void noise(java.io.Writer out, int chars) throws IOException {
        java.util.Random random = new java.util.Random(14);
        for (int i = 0; i < chars; i++) {
            out.write(0x4E00 + random.nextInt(0x5000));
        }
    }

    @Test
    void sharedStringOf256MiCharactersIsRefusedWithoutBeingRead() throws IOException {
        Path bomb = withSharedTitle(out -> TestFiles.repeat(out, "x", 256 * MI));
        assertThat(Files.size(bomb)).isLessThan(MI);

        assertRefused(bomb, "xl/sharedStrings.xml expands to more than");
    }

    @Test
    void sharedStringBombIsRefusedAtUploadWithItsLimit() throws IOException {
        Path bomb = withSharedTitle(out -> TestFiles.repeat(out, "x", 256 * MI));

        assertTimeoutPreemptively(QUICKLY, () -> assertThatThrownBy(() -> ImportFile.receive(
                ImportFileTest.upload("bomb.xlsx", Files.readAllBytes(bomb))))
                .isInstanceOf(TooLargeException.class).hasMessageContaining("expands to more than"));
    }

    @Test
    void sharedStringBombThatUnderstatesItsSizeStopsAtTheCellLimit() throws IOException {
        Path bomb = TestFiles.understatingSizes(withSharedTitle(out -> TestFiles.repeat(out, "x", 256 * MI)));

        assertRefused(bomb, "longer than 32767 characters");
    }

    @Test
    void sharedStringLongerThanACellIsRefused() throws IOException {
        assertRefused(withSharedTitle(out -> noise(out, 40_000)), "longer than 32767 characters");
    }

    @Test
    void sharedStringOfManyRichTextRunsCountsAllItsRuns() throws IOException {
        assertRefused(withSharedTitle(out -> {
            out.write("a</t>");
            TestFiles.repeat(out, "<r><t>" + "y".repeat(1000) + "</t></r>", 100);
            out.write("<t>b");
        }), "longer than 32767 characters");
    }

    @Test
    void declaringMoreSharedStringsThanTheLimitIsRefusedAtOnce() throws IOException {
        Path file = TestFiles.rawXlsx(dir, TestFiles.sheet(out -> out.write(TestFiles.INLINE_HEADER
                        + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>")),
                out -> out.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        + "count=\"999999999\" uniqueCount=\"999999999\"><si><t>x</t></si></sst>"), Map.of());

        assertRefused(file, "more than 4000000 shared strings");
    }

    @Test
    void referenceToAFarSharedStringIsRefusedWithoutReadingThatFar() throws IOException {
        Path file = TestFiles.rawXlsx(dir, TestFiles.sheet(out -> out.write(TestFiles.INLINE_HEADER
                        + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>99999999999999999999</v></c></row>")),
                TestFiles.sharedStrings(out -> out.write("<si><t>x</t></si>")), Map.of());

        assertRefused(file, "shared string");
    }

    @Test
    void manySmallSharedStringsAreReadWithinTheLimits() throws IOException {
        Path file = TestFiles.rawXlsx(dir, TestFiles.sheet(out -> out.write(TestFiles.INLINE_HEADER
                        + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>199999</v></c><c r=\"B2\" t=\"s\"><v>5</v></c>"
                        + "<c r=\"C2\"><v>1</v></c><c r=\"D2\"><v>1</v></c><c r=\"E2\" t=\"s\"><v>7</v></c></row>")),
                TestFiles.sharedStrings(out -> {
                    for (int i = 0; i < 200_000; i++) {
                        out.write("<si><t>S-" + i + "</t></si>");
                    }
                }), Map.of());

        assertThat(readAll(file)).singleElement().satisfies(row -> {
            assertThat(row.get(Column.SKU)).isEqualTo("S-199999");
            assertThat(row.get(Column.TITLE)).isEqualTo("S-5");
        });
    }

    @Test
    void inlineStringOf256MiCharactersThatUnderstatesItsSizeIsRefused() throws IOException {
        Path file = TestFiles.understatingSizes(TestFiles.rawXlsx(dir, TestFiles.sheet(out -> {
            out.write(TestFiles.INLINE_HEADER + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
            TestFiles.repeat(out, "x", 256 * MI);
            out.write("</t></is></c></row>");
        }), null, Map.of()));

        assertRefused(file, "longer than 32767 characters");
    }

    @Test
    void inlineStringLongerThanACellIsRefused() throws IOException {
        Path file = TestFiles.rawXlsx(dir, TestFiles.sheet(out -> {
            out.write(TestFiles.INLINE_HEADER + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
            noise(out, 40_000);
            out.write("</t></is></c></row>");
        }), null, Map.of());

        assertRefused(file, "longer than 32767 characters");
    }

    @Test
    void numberCellWithAHugeExponentStaysShortText() throws IOException {
        Path file = TestFiles.rawXlsx(dir, TestFiles.sheet(out -> out.write(TestFiles.INLINE_HEADER + """
                <row r="2"><c r="A2" t="inlineStr"><is><t>A-1</t></is></c><c r="C2"><v>1.5E3</v></c>\
                <c r="D2"><v>1E999999999</v></c></row>""")), null, Map.of());

        List<SourceRow> rows = assertTimeoutPreemptively(QUICKLY, () -> readAll(file));

        assertThat(rows.getFirst().get(Column.MOQ)).isEqualTo("1E999999999");
        assertThat(rows.getFirst().get(Column.SUPPLIER_ID)).isEqualTo("1500");
    }

    @Test
    void headerWithThousandsOfColumnsIsRefusedWithAShortMessage() throws IOException {
        Path file = TestFiles.rawXlsx(dir, TestFiles.sheet(out -> {
            out.write("<row r=\"1\">");
            for (int c = 0; c < 16_384; c++) {
                out.write("<c t=\"inlineStr\"><is><t>column " + c + "</t></is></c>");
            }
            out.write("</row>");
        }), null, Map.of());

        assertThatThrownBy(() -> readAll(file)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getMessage()).contains("more than 100 columns").hasSizeLessThan(300));
    }

    @Test
    void dataRowWithValuesFarToTheRightIsFlaggedNotHeldInMemory() throws IOException {
        Path file = TestFiles.rawXlsx(dir, TestFiles.sheet(out -> {
            out.write(TestFiles.INLINE_HEADER + "<row r=\"2\">" + TestFiles.inline("A2", "A-1"));
            for (int c = 0; c < 16_000; c++) {
                out.write("<c><v>1</v></c>");
            }
            out.write("<c r=\"XFD2\"><v>1</v></c></row>");
        }), null, Map.of());

        assertThat(readAll(file)).singleElement().satisfies(row -> {
            assertThat(row.valuesOutsideColumns()).isTrue();
            assertThat(row.get(Column.SKU)).isEqualTo("A-1");
        });
    }

    @Test
    void deeplyNestedXmlIsRefused() throws IOException {
        Path file = TestFiles.rawXlsx(dir, TestFiles.sheet(out -> {
            out.write(TestFiles.INLINE_HEADER + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is>");
            TestFiles.repeat(out, "<r>", 1000);
            TestFiles.repeat(out, "</r>", 1000);
            out.write("</is></c></row>");
        }), null, Map.of());

        assertRefused(file, "the workbook is damaged");
    }

    @Test
    void enormousSheetIsRefusedAsAZipBomb() throws IOException {
        Path file = TestFiles.rawXlsx(dir, TestFiles.sheet(out -> {
            out.write(TestFiles.INLINE_HEADER);
            TestFiles.repeat(out, "<row/>", 30 * MI);
        }), null, Map.of());
        assertThat(Files.size(file)).isLessThan(10 * MI);

        assertRefused(file, "expands");
    }

    @Test
    void enormousSheetThatUnderstatesItsSizeStopsAtItsRealExpansion() throws IOException {
        Path file = TestFiles.understatingSizes(TestFiles.rawXlsx(dir, TestFiles.sheet(out -> {
            out.write(TestFiles.INLINE_HEADER);
            TestFiles.repeat(out, "<row/>", 30 * MI);
        }), null, Map.of()));

        assertRefused(file, "xl/worksheets/sheet1.xml expands to more than");
    }

    @Test
    void entityExpansionIsRefused() throws IOException {
        Path file = TestFiles.rawXlsx(dir, out -> {
            out.write("<?xml version=\"1.0\"?>\n<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\">");
            String previous = "a";
            for (String name : List.of("b", "c", "d", "e", "f", "g", "h", "i", "j")) {
                out.write("<!ENTITY " + name + " \"" + ("&" + previous + ";").repeat(10) + "\">");
                previous = name;
            }
            out.write("]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + TestFiles.INLINE_HEADER + "<row r=\"2\">" + TestFiles.inline("A2", "&j;") + "</row></sheetData></worksheet>");
        }, null, Map.of());

        assertRefused(file, "the workbook is damaged");
    }

    @Test
    void externalEntityIsNeverResolved() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-VALUE");
        Path file = TestFiles.rawXlsx(dir, out -> out.write("<?xml version=\"1.0\"?>\n<!DOCTYPE worksheet "
                + "[<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]><worksheet><sheetData>" + TestFiles.INLINE_HEADER
                + "<row r=\"2\">" + TestFiles.inline("A2", "&e;") + "</row></sheetData></worksheet>"), null, Map.of());

        assertThatThrownBy(() -> readAll(file)).isInstanceOf(UnreadableFileException.class)
                .message().doesNotContain("SECRET-VALUE");
    }

    @Test
    void emptyOrTruncatedPartsAre422AtUpload() throws IOException {
        for (String sheet : List.of("", "<worksheet><sheetData><row r=\"1\">", "<worksheet><sheetData><row r=\"1\"><c r=\"1A\"/>")) {
            Path file = TestFiles.rawXlsx(dir, out -> out.write(sheet), null, Map.of());

            assertThatThrownBy(() -> ImportFile.receive(ImportFileTest.upload("cut.xlsx", Files.readAllBytes(file))))
                    .as(sheet).isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.getMessage()).startsWith("file: the file cannot be read from this row on: the workbook is damaged"));
        }
    }

    @Test
    void zipWithTensOfThousandsOfEntriesIsRefused() throws IOException {
        Map<String, TestFiles.Part> many = new java.util.HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            many.put("xl/media/x" + i + ".xml", out -> out.write("x"));
        }
        Path file = TestFiles.rawXlsx(dir, TestFiles.sheet(out -> out.write(TestFiles.INLINE_HEADER)), null, many);

        assertRefused(file, "more than 10000 parts");
    }
}
