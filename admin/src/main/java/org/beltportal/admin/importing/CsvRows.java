package org.beltportal.admin.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A UTF-8 CSV file (with or without a byte order mark), parsed record by record from a reader. */
final class CsvRows implements RowSource {

    /** Blank lines stay records, so record numbers are the row numbers a spreadsheet shows for the file. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
    private static final int BOM = '\uFEFF';
    private static final String NOT_UTF8 = "it is not UTF-8 text";

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Header header;

    private CsvRows(CSVParser parser) {
        this.parser = parser;
        this.records = parser.iterator();
        this.header = Header.of(Cells.firstNonBlank(this::next));
    }

    static CsvRows open(Path path) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
        try {
            reader.mark(1);
            if (reader.read() != BOM) {
                reader.reset();
            }
            return new CsvRows(CSVParser.parse(reader, FORMAT));
        } catch (CharacterCodingException e) {
            reader.close();
            throw new UnreadableFileException(1, NOT_UTF8, e);
        } catch (IOException | RuntimeException e) {
            reader.close();
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
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            return new Cells(record.getRecordNumber(), Arrays.asList(record.values()));
        } catch (UncheckedIOException e) {
            // Decoding runs a buffer ahead of parsing, so for bad bytes the row is where reading stopped, not the byte.
            String reason = e.getCause() instanceof CharacterCodingException ? NOT_UTF8 : e.getCause().getMessage();
            throw new UnreadableFileException(parser.getRecordNumber() + 1, reason, e);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
