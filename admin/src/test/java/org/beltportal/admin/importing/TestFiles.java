package org.beltportal.admin.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

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

    /** Writes the text of one part of a hand-made workbook, streamed so parts can be far larger than memory. */
    interface Part {
        void write(Writer out) throws IOException;
    }

    /**
     * A workbook written part by part, as an attacker would: the parts every .xlsx has around the given
     * sheet XML and shared strings (null: no shared strings part), plus any {@code extra} entries.
     */
    static Path rawXlsx(Path dir, Part sheet, Part sharedStrings, Map<String, Part> extra) throws IOException {
        Map<String, Part> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", out -> out.write("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="xml" ContentType="application/xml"/></Types>"""));
        parts.put("_rels/.rels", out -> out.write("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                Target="xl/workbook.xml"/></Relationships>"""));
        parts.put("xl/workbook.xml", out -> out.write("""
                <?xml version="1.0" encoding="UTF-8"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheets><sheet name="产品" sheetId="1" r:id="rId1"/></sheets></workbook>"""));
        parts.put("xl/_rels/workbook.xml.rels", out -> out.write("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
                Target="worksheets/sheet1.xml"/>\
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" \
                Target="sharedStrings.xml"/></Relationships>"""));
        parts.put("xl/worksheets/sheet1.xml", sheet);
        if (sharedStrings != null) {
            parts.put("xl/sharedStrings.xml", sharedStrings);
        }
        parts.putAll(extra);
        Path path = dir.resolve("raw.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(path))) {
            for (Map.Entry<String, Part> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                part.getValue().write(out);
                out.flush();
                zip.closeEntry();
            }
        }
        return path;
    }

    /** A sheet part: the worksheet element around {@code rows}, which writes the sheetData's rows. */
    static Part sheet(Part rows) {
        return out -> {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org"
                    + "/spreadsheetml/2006/main\"><sheetData>");
            rows.write(out);
            out.write("</sheetData></worksheet>");
        };
    }

    /** The shared strings part: the sst element around {@code items}, which writes the si elements. */
    static Part sharedStrings(Part items) {
        return out -> {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org"
                    + "/spreadsheetml/2006/main\">");
            items.write(out);
            out.write("</sst>");
        };
    }

    /** The header row of the required columns as inline strings, row 1. */
    static final String INLINE_HEADER = "<row r=\"1\">" + inline("A1", "sku") + inline("B1", "title")
            + inline("C1", "supplierId") + inline("D1", "moq") + inline("E1", "priceTiers") + "</row>";

    static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    /**
     * The archive with each part's size in the central directory set to its compressed size, as a zip
     * bomb that wants to pass a check of declared sizes would write it.
     */
    static Path understatingSizes(Path zip) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 <= bytes.length; i++) {
            if (buffer.getInt(i) == 0x02014b50) {
                buffer.putInt(i + 24, buffer.getInt(i + 20));
            }
        }
        return Files.write(zip, bytes);
    }

    /** Writes {@code count} times {@code text}, in chunks. */
    static void repeat(Writer out, String text, long count) throws IOException {
        String chunk = text.repeat((int) Math.max(1, Math.min(count, 65_536 / Math.max(1, text.length()))));
        long chunkCount = chunk.length() / text.length();
        long written = 0;
        for (; written + chunkCount <= count; written += chunkCount) {
            out.write(chunk);
        }
        for (; written < count; written++) {
            out.write(text);
        }
    }

    static Path csv(Path dir, String text) throws IOException {
        return Files.writeString(dir.resolve("products.csv"), text);
    }
}
