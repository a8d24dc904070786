package org.beltportal.admin.importing;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A UTF-8 CSV file (with or without a byte order mark), parsed record by record from a reader. A record
 * may span lines (quoted line breaks) but not more than {@link ImportLimits#rowChars()} characters, so an
 * unclosed quote or a line of a million commas is refused before the parser holds it.
 */
final class CsvRows implements RowSource {

    /** Blank lines stay records, so record numbers are the row numbers a spreadsheet shows for the file. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
    private static final int BOM = '\uFEFF';
    private static final String NOT_UTF8 = "it is not UTF-8 text";

    private final CSVParser parser;
    private final RecordLimit limit;
    private final Iterator<CSVRecord> records;
    private final ImportLimits limits;
    private final Header header;

    private CsvRows(CSVParser parser, RecordLimit limit, ImportLimits limits) {
        this.parser = parser;
        this.limit = limit;
        this.records = parser.iterator();
        this.limits = limits;
        this.header = Header.of(Cells.firstNonBlank(this::next), limits);
    }

    static CsvRows open(Path path, ImportLimits limits) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
        try {
            reader.mark(1);
            if (reader.read() != BOM) {
                reader.reset();
            }
            RecordLimit limit = new RecordLimit(reader, limits.rowChars());
            return new CsvRows(CSVParser.parse(limit, FORMAT), limit, limits);
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
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (TooLargeException e) {
            throw e.at(parser.getRecordNumber() + 1);
        } catch (UncheckedIOException e) {
            // Decoding runs a buffer ahead of parsing, so for bad bytes the row is where reading stopped, not the byte.
            String reason = e.getCause() instanceof CharacterCodingException ? NOT_UTF8 : e.getCause().getMessage();
            throw new UnreadableFileException(parser.getRecordNumber() + 1, reason, e);
        }
        limit.recordRead();
        return cells(record);
    }

    /** The record's first {@link ImportLimits#columns()} values; a value further right only marks the row. */
    private Cells cells(CSVRecord record) {
        String[] values = record.values();
        for (String value : values) {
            if (value.length() > limits.cellChars()) {
                throw new TooLargeException(record.getRecordNumber(), "a cell is longer than " + limits.cellChars() + " characters");
            }
        }
        List<String> kept = Arrays.asList(values).subList(0, Math.min(values.length, limits.columns()));
        boolean overflow = Arrays.stream(values, kept.size(), values.length).anyMatch(value -> !value.isBlank());
        return new Cells(record.getRecordNumber(), kept, overflow);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /**
     * Counts the characters the parser takes since the last record it returned. The parser reads a buffer
     * ahead, so a record is cut off at most that buffer past the limit.
     */
    private static final class RecordLimit extends FilterReader {
        private final int maxChars;
        private long read;

        RecordLimit(Reader in, int maxChars) {
            super(in);
            this.maxChars = maxChars;
        }

        void recordRead() {
            read = 0;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            count(c < 0 ? 0 : 1);
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > maxChars) {
                throw new TooLargeException(0, "a row is longer than " + maxChars + " characters");
            }
        }
    }
}
