package org.beltportal.admin.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Real import files for the reader tests, written the way Excel and operators write them. */
final class TestFiles {

    static final String HEADER = "sku,title,titleEn,description,category,supplierId,moq,unit,priceTiers,status,images";

    private TestFiles() {
    }

    /**
     * An .xlsx whose first sheet holds {@code rows} from row 1; a null row is left out (a blank row), a
     * Number cell is a number cell, a String starting with "inline:" an inline string, any other a shared one.
     */
    static Path xlsx(Path dir, List<List<Object>> rows) throws IOException {
        Path path = dir.resolve("products.xlsx");
        try (OutputStream out = Files.newOutputStream(path)) {
            Workbook workbook = new Workbook(out, "BeltPortal test", "1.0");
            Worksheet sheet = workbook.newWorksheet("产品");
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; row != null && c < row.size(); c++) {
                    switch (row.get(c)) {
                        case null -> { }
                        case Number number -> sheet.value(r, c, number);
                        case Boolean flag -> sheet.value(r, c, flag);
                        case String text when text.startsWith("inline:") -> sheet.inlineString(r, c, text.substring(7));
                        case Object other -> sheet.value(r, c, other.toString());
                    }
                }
            }
            workbook.finish();
        }
        return path;
    }

    static Path csv(Path dir, String text) throws IOException {
        return Files.writeString(dir.resolve("products.csv"), text);
    }
}
