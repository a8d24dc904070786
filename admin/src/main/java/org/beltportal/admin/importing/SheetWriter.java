package org.beltportal.admin.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes rows of text to a .csv or .xlsx download as they come, holding none of them: the export of a
 * million products streams through it. CSV is UTF-8 with a byte-order mark (so Excel reads it as UTF-8,
 * and the importer skips it) and formula-like cells neutralised ({@link CsvCells}); XLSX cells are inline
 * strings, which need no shared-strings table in memory, and are never formulas. The one way the console writes
 * spreadsheets: the catalogue export and the insight reports both use it.
 */
public abstract sealed class SheetWriter implements AutoCloseable {

    public abstract void row(List<String> cells) throws IOException;

    /** Ends the file; the stream stays open for the caller. */
    @Override
    public abstract void close() throws IOException;

    public static SheetWriter csv(OutputStream out) throws IOException {
        return new Csv(out);
    }

    public static SheetWriter xlsx(OutputStream out, String sheetName) {
        return new Xlsx(out, sheetName);
    }

    private static final class Csv extends SheetWriter {

        private final BufferedWriter writer;
        private final CSVPrinter printer;

        Csv(OutputStream out) throws IOException {
            writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        }

        @Override
        public void row(List<String> cells) throws IOException {
            printer.printRecord(cells.stream().map(CsvCells::neutralised).toList());
        }

        @Override
        public void close() throws IOException {
            printer.flush();
            writer.flush();
        }
    }

    private static final class Xlsx extends SheetWriter {

        /** Rows between flushes: fastexcel keeps a sheet's unflushed rows in memory. */
        private static final int FLUSH_ROWS = 200;

        private final Workbook workbook;
        private final Worksheet sheet;
        private int row;

        Xlsx(OutputStream out, String sheetName) {
            workbook = new Workbook(out, "BeltPortal", "1.0");
            sheet = workbook.newWorksheet(sheetName);
        }

        @Override
        public void row(List<String> cells) throws IOException {
            for (int column = 0; column < cells.size(); column++) {
                String value = cells.get(column);
                if (value != null && !value.isEmpty()) {
                    sheet.inlineString(row, column, value);
                }
            }
            if (++row % FLUSH_ROWS == 0) {
                sheet.flush();
            }
        }

        @Override
        public void close() throws IOException {
            workbook.finish();
        }
    }
}
