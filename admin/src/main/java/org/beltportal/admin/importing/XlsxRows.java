package org.beltportal.admin.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalLong;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.ctc.wstx.exc.WstxLazyException;
import org.beltportal.core.system.NumberText;

/**
 * The first sheet of an .xlsx workbook, streamed row by row as the archive inflates it. Every size is
 * bounded by {@link ImportLimits}: cells past the last column an import reads are only looked at, text
 * stops at the cell limit, shared strings are kept on disk (see {@link SharedStrings}).
 */
final class XlsxRows implements RowSource {

    /** Excel's last row and column (XFD): a reference beyond is not from a real workbook. */
    private static final long MAX_ROW = 1_048_576;
    private static final int MAX_COLUMN = 16_384;

    private final XlsxPackage workbook;
    private final SharedStrings shared;
    private final XMLStreamReader sheet;
    private final ImportLimits limits;
    private final Header header;
    private long lastRow;

    private XlsxRows(XlsxPackage workbook, SharedStrings shared, ImportLimits limits) throws XMLStreamException, IOException {
        this.workbook = workbook;
        this.shared = shared;
        this.sheet = workbook.sheet();
        this.limits = limits;
        this.header = Header.of(Cells.firstNonBlank(this::next), limits);
    }

    static XlsxRows open(Path path, ImportLimits limits) throws IOException {
        XlsxPackage workbook = XlsxPackage.open(path, limits);
        SharedStrings shared = null;
        try {
            shared = SharedStrings.open(workbook, limits);
            return new XlsxRows(workbook, shared, limits);
        } catch (XMLStreamException | WstxLazyException | NoSuchElementException | IllegalStateException e) {
            close(workbook, shared);
            throw XlsxPackage.damaged(e);
        } catch (IOException | RuntimeException e) {
            close(workbook, shared);
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
            while (sheet.hasNext()) {
                if (sheet.next() == XMLStreamConstants.START_ELEMENT && sheet.getLocalName().equals("row")) {
                    return row();
                }
            }
            return null;
        } catch (UnreadableFileException e) {
            throw e.at(lastRow + 1);
        } catch (XMLStreamException | WstxLazyException | NoSuchElementException | IllegalStateException | IOException e) {
            throw XlsxPackage.damaged(e).at(lastRow + 1);
        }
    }

    private Cells row() throws XMLStreamException, IOException {
        long number = lastRow + 1;
        String reference = sheet.getAttributeValue(null, "r");
        if (reference != null) {
            OptionalLong given = NumberText.wholeNumber(reference);
            if (given.isEmpty() || given.getAsLong() <= lastRow || given.getAsLong() > MAX_ROW) {
                throw XlsxPackage.damaged("a row number is out of order or out of range");
            }
            number = given.getAsLong();
        }
        List<String> values = new ArrayList<>();
        boolean overflow = false;
        int column = -1;
        for (int event = sheet.next(); event != XMLStreamConstants.END_ELEMENT; event = sheet.next()) {
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (!sheet.getLocalName().equals("c")) {
                XlsxText.skip(sheet);
                continue;
            }
            column = column(sheet.getAttributeValue(null, "r"), column);
            String value = cell();
            if (column >= limits.columns()) {
                overflow |= !value.isBlank();
            } else if (!value.isEmpty()) {
                while (values.size() <= column) {
                    values.add("");
                }
                values.set(column, value);
            }
        }
        lastRow = number;
        return new Cells(number, values, overflow);
    }

    /** The cell's column from its reference ("AB12" is 27), or the one after the previous cell's. */
    private static int column(String reference, int previous) {
        if (reference == null) {
            return previous + 1;
        }
        int column = 0;
        int letters = 0;
        for (char c; letters < reference.length() && (c = Character.toUpperCase(reference.charAt(letters))) >= 'A' && c <= 'Z'; letters++) {
            column = column * 26 + (c - 'A' + 1);
            if (column > MAX_COLUMN) {
                throw XlsxPackage.damaged("a cell reference is not a column of a sheet");
            }
        }
        if (letters == 0) {
            throw XlsxPackage.damaged("a cell reference is not a column of a sheet");
        }
        return column - 1;
    }

    /** The cell as the operator sees it: 30 rather than 30.0 for numbers, the cached result for formulas. */
    private String cell() throws XMLStreamException, IOException {
        String type = sheet.getAttributeValue(null, "t");
        String value = null;
        String inline = null;
        for (int event = sheet.next(); event != XMLStreamConstants.END_ELEMENT; event = sheet.next()) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (sheet.getLocalName()) {
                    case "v" -> value = XlsxText.value(sheet, limits.cellChars());
                    case "is" -> inline = XlsxText.runs(sheet, limits.cellChars());
                    default -> XlsxText.skip(sheet);
                }
            }
        }
        if (type != null && type.equals("inlineStr")) {
            return inline == null ? "" : inline;
        }
        if (value == null) {
            return "";
        }
        return switch (type == null ? "n" : type) {
            case "s" -> shared.get(NumberText.wholeNumber(value).orElseThrow(
                    () -> XlsxPackage.damaged("a shared string reference is not a number")));
            case "b" -> String.valueOf(value.strip().equals("1"));
            case "n" -> number(value);
            default -> value;
        };
    }

    /**
     * Plain digits for a number in range ("1E3" is 1000); anything else as written, so that a number like
     * 1E999999999, which would print as a gigabyte of zeros, reaches the row's checks as its ten characters.
     */
    private static String number(String value) {
        return NumberText.decimal(value).map(number -> number.stripTrailingZeros().toPlainString()).orElse(value.strip());
    }

    @Override
    public void close() throws IOException {
        close(workbook, shared);
    }

    private static void close(XlsxPackage workbook, SharedStrings shared) throws IOException {
        try {
            if (shared != null) {
                shared.close();
            }
        } finally {
            workbook.close();
        }
    }
}
