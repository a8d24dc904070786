package org.beltportal.admin.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first sheet of an .xlsx workbook, streamed row by row (StAX over the zip entry, opened from the file
 * so the archive is not read into memory). Shared strings are read only as far as rows refer to them.
 */
final class XlsxRows implements RowSource {

    /** A cell whose value does not parse comes through as an error cell instead of ending the whole sheet. */
    private static final ReadingOptions OPTIONS = new ReadingOptions(false, true);

    private final ReadableWorkbook workbook;
    private final Stream<Row> sheet;
    private final Iterator<Row> rows;
    private final Header header;
    private long lastRow;

    private XlsxRows(ReadableWorkbook workbook, Stream<Row> sheet) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.rows = sheet.iterator();
        this.header = Header.of(Cells.firstNonBlank(this::next));
    }

    static XlsxRows open(Path path) throws IOException {
        ReadableWorkbook workbook = new ReadableWorkbook(path.toFile(), OPTIONS);
        try {
            return new XlsxRows(workbook, workbook.getFirstSheet().openStream());
        } catch (IOException | RuntimeException e) {
            workbook.close();
            throw e;
        }
    }

    @Override
    public Header header() {
        return header;
    }

    @Override
    public Cells next() {
        try {
            if (!rows.hasNext()) {
                return null;
            }
            Row row = rows.next();
            List<String> values = new ArrayList<>(row.getCellCount());
            for (int i = 0; i < row.getCellCount(); i++) {
                values.add(row.getOptionalCell(i).map(XlsxRows::text).orElse(""));
            }
            lastRow = row.getRowNum();
            return new Cells(row.getRowNum(), values);
        } catch (ExcelReaderException | UncheckedIOException | IllegalStateException e) {
            throw new UnreadableFileException(lastRow + 1, "the workbook is damaged (" + e.getMessage() + ")", e);
        }
    }

    /** The cell as the operator sees it: 30 rather than 30.0 for numbers, the cached result for formulas. */
    private static String text(Cell cell) {
        if (cell.getType() == CellType.ERROR) {
            return cell.getRawValue() == null ? "" : cell.getRawValue();
        }
        return switch (cell.getValue()) {
            case null -> "";
            case BigDecimal number -> number.stripTrailingZeros().toPlainString();
            case Object other -> other.toString();
        };
    }

    @Override
    public void close() throws IOException {
        try {
            sheet.close();
        } finally {
            workbook.close();
        }
    }
}
