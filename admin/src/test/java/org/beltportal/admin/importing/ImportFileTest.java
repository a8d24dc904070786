package org.beltportal.admin.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.beltportal.core.system.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockMultipartFile;

/** What an upload must be to become a job: checked by name and by content, header included. */
class ImportFileTest {

    static final String GOOD_CSV = "sku,title,supplierId,moq,priceTiers\nA-1,连衣裙,1,30,30:25.8\n";

    @TempDir
    Path dir;

    static MockMultipartFile upload(String name, byte[] content) {
        return new MockMultipartFile("file", name, "application/octet-stream", content);
    }

    static MockMultipartFile upload(String name, String content) {
        return upload(name, content.getBytes(StandardCharsets.UTF_8));
    }

    static void assertRefused(MockMultipartFile upload, String message) {
        assertThatThrownBy(() -> ImportFile.receive(upload)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getMessage()).isEqualTo("file: " + message));
    }

    @Test
    void csvIsKeptInATempFileUntilDeleted() throws IOException {
        ImportFile file = ImportFile.receive(upload("C:\\Users\\王\\产品.CSV", GOOD_CSV));

        assertThat(file.format()).isEqualTo(ImportFile.Format.CSV);
        assertThat(file.name()).isEqualTo("产品.CSV");
        assertThat(file.path()).exists().hasContent(GOOD_CSV);
        assertThat(file.countRows(1_000)).isEqualTo(1);
        file.delete();
        assertThat(file.path()).doesNotExist();
    }

    @Test
    void xlsxIsAcceptedByNameAndContent() throws IOException {
        Path xlsx = TestFiles.xlsx(dir, List.of(List.of("sku", "title", "supplierId", "moq", "priceTiers"),
                List.of("A-1", "t", 1, 1, "1:1"), List.of("A-2", "t", 1, 1, "1:1")));
        ImportFile file = ImportFile.receive(upload("products.xlsx", Files.readAllBytes(xlsx)));

        assertThat(file.format()).isEqualTo(ImportFile.Format.XLSX);
        assertThat(file.countRows(1_000)).isEqualTo(2);
        assertThat(file.countRows(1)).isEqualTo(1);
        file.delete();
    }

    @Test
    void otherFileTypesAreRefusedByName() {
        assertRefused(upload("products.txt", GOOD_CSV), "must be a .csv (UTF-8) or .xlsx file");
        assertRefused(upload("products", GOOD_CSV), "must be a .csv (UTF-8) or .xlsx file");
    }

    @Test
    void contentMustMatchTheName() throws IOException {
        byte[] workbook = Files.readAllBytes(TestFiles.xlsx(dir, List.of(List.of("sku"))));
        assertRefused(upload("products.csv", workbook),
                "is a zip archive (an .xlsx workbook?), not CSV text: name it .xlsx or save it as CSV UTF-8");
        assertRefused(upload("products.xlsx", GOOD_CSV), "is not an .xlsx workbook");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertRefused(upload("photo.csv", png), "is not UTF-8 text: save it as \"CSV UTF-8\" (Excel: Save As, CSV UTF-8)");
        assertRefused(upload("products.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0}), "cannot be read as an .xlsx workbook");
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertRefused(upload("old.xlsx", xls), "is an old .xls workbook: save it as .xlsx");
    }

    @Test
    void csvInGbkIsRefusedWithHowToSaveIt() throws IOException {
        assertRefused(upload("products.csv", GOOD_CSV.getBytes("GBK")),
                "is not UTF-8 text: save it as \"CSV UTF-8\" (Excel: Save As, CSV UTF-8)");
    }

    @Test
    void emptyFilesAreRefused() {
        assertRefused(upload("products.csv", new byte[0]), "is empty");
        assertThatThrownBy(() -> ImportFile.receive(upload("products.csv", "\uFEFF\n\n")))
                .hasMessageStartingWith("file: is empty: its first row must name the columns sku, title");
        assertRefused(upload("products.csv", "sku,title,supplierId,moq,priceTiers\n"), "has no product rows below the header");
    }

    @Test
    void headerOfAMillionColumnsIsRefusedWithAShortMessage() {
        StringBuilder header = new StringBuilder("sku,title,supplierId,moq,priceTiers");
        for (int i = 0; i < 1_000_000; i++) {
            header.append(",c").append(i);
        }

        assertThatThrownBy(() -> ImportFile.receive(upload("wide.csv", header + "\nA-1,t,1,1,1:1\n")))
                .isInstanceOf(TooLargeException.class).message().hasSizeLessThan(200).contains("longer than 200000 characters");
    }

    @Test
    void headerOfMoreColumnsThanTheLimitIsRefusedWithAShortMessage() {
        String header = "sku,title,supplierId,moq,priceTiers" + ",".repeat(150) + "colour";
        // Short: one sentence and the known columns, however wide the file (the list grows with the importer, not the file).
        int shortMessage = 100 + String.join(", ", Column.headers()).length();

        assertThatThrownBy(() -> ImportFile.receive(upload("wide.csv", header + "\nA-1,t,1,1,1:1\n")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                        .startsWith("file: has more than 100 columns in its header row (row 1)").hasSizeLessThan(shortMessage));
    }

    @Test
    void unknownColumnNamesAreQuotedShort() {
        String header = "sku,title,supplierId,moq,priceTiers," + "x".repeat(1_000);

        assertThatThrownBy(() -> ImportFile.receive(upload("long.csv", header + "\nA-1,t,1,1,1:1\n")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                        .startsWith("file: unknown columns: " + "x".repeat(40) + "…").hasSizeLessThan(300));
    }

    @Test
    void unclosedQuoteOfTensOfMegabytesIsRefusedAtTheRowLimit() {
        byte[] csv = ("sku,title,supplierId,moq,priceTiers\nA-2,\"" + "长".repeat(15_000_000)).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ImportFile.receive(upload("quote.csv", csv))).isInstanceOfSatisfying(TooLargeException.class,
                e -> assertThat(e.row()).isEqualTo(2));
    }

    @Test
    void headerWithoutTheRequiredColumnsIsRefused() {
        assertRefused(upload("products.csv", "sku,title\nA-1,t\n"), "missing required columns: supplier (or supplierId), moq, priceTiers");
    }
}
