package org.beltportal.admin.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

import org.beltportal.core.system.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded import file, kept in a temp file so its job can read it after the request has returned.
 * Receiving one checks all that is cheap to check (name, content, the workbook's structure and declared
 * sizes, header, one data row), so a wrong file is a 422, and one past the {@link ImportLimits} a 413, at
 * upload rather than a failed job. The job deletes the file when it ends.
 */
record ImportFile(Path path, Format format, String name) {

    enum Format {
        CSV(".csv"), XLSX(".xlsx");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** The start of an OLE2 compound file: an Excel 97-2003 .xls saved under another name. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final int MAX_NAME = 200;
    /**
     * CSV streams in bounded memory whatever its size (up to the upload limit, 128 MB); a workbook's shared strings
     * are held whole, so a workbook stays within the 50 MB that bound them (decision 0014).
     */
    static final long MAX_XLSX_BYTES = 50L << 20;
    private static final Logger log = LoggerFactory.getLogger(ImportFile.class);

    static ImportFile receive(MultipartFile upload) throws IOException {
        String name = baseName(upload.getOriginalFilename());
        Format format = Arrays.stream(Format.values())
                .filter(f -> name.toLowerCase(Locale.ROOT).endsWith(f.extension)).findFirst()
                .orElseThrow(() -> problem("must be a .csv (UTF-8) or .xlsx file"));
        if (upload.isEmpty()) {
            throw problem("is empty");
        }
        if (format == Format.XLSX && upload.getSize() > MAX_XLSX_BYTES) {
            throw new TooLargeException(1, "an .xlsx import may be at most " + (MAX_XLSX_BYTES >> 20)
                    + " MB: save a larger catalogue as CSV UTF-8");
        }
        Path path = Files.createTempFile("beltportal-import-", format.extension);
        ImportFile file = new ImportFile(path, format, name);
        try {
            upload.transferTo(path);
            file.checkContent();
            return file;
        } catch (IOException | RuntimeException e) {
            file.delete();
            throw e;
        }
    }

    RowSource open() throws IOException {
        return format == Format.CSV ? CsvRows.open(path, ImportLimits.DEFAULT) : XlsxRows.open(path, ImportLimits.DEFAULT);
    }

    /** Data rows up to {@code atMost}, read in a pass of their own so the job can show a total. */
    long countRows(long atMost) throws IOException {
        long count = 0;
        try (RowSource source = open()) {
            for (Iterator<SourceRow> rows = source.rows().iterator(); count < atMost && rows.hasNext(); rows.next()) {
                count++;
            }
        } catch (UnreadableFileException e) {
            // The import itself reports where reading stopped; the total is what could be read.
        }
        return count;
    }

    void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Could not delete the import file {}", path, e);
        }
    }

    private void checkContent() throws IOException {
        byte[] start = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(path)) {
            read = in.readNBytes(start, 0, start.length);
        }
        boolean zip = read >= ZIP.length && Arrays.equals(start, 0, ZIP.length, ZIP, 0, ZIP.length);
        if (format == Format.XLSX && !zip) {
            throw problem(read == OLE2.length && Arrays.equals(start, OLE2) ? "is an old .xls workbook: save it as .xlsx"
                    : "is not an .xlsx workbook");
        }
        if (format == Format.CSV) {
            if (zip) {
                throw problem("is a zip archive (an .xlsx workbook?), not CSV text: name it .xlsx or save it as CSV UTF-8");
            }
            requireUtf8Text();
        }
        try (RowSource source = open()) {
            if (source.rows().findFirst().isEmpty()) {
                throw problem("has no product rows below the header");
            }
        } catch (TooLargeException e) {
            log.info("An uploaded {} passes an import limit: {} (row {})", format, e.reason(), e.row());
            throw e;
        } catch (UnreadableFileException e) {
            throw problem(e.getMessage() + " (row " + e.row() + ")");
        } catch (IOException e) {
            log.info("An uploaded {} could not be read: {}", format, e.toString());
            throw problem(format == Format.XLSX ? "cannot be read as an .xlsx workbook" : "cannot be read");
        }
    }

    /** A streaming pass over the whole file: Excel's plain "CSV" is GBK on Chinese Windows, and must be caught here. */
    private void requireUtf8Text() throws IOException {
        char[] buffer = new char[8192];
        try (Reader reader = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            for (int n; (n = reader.read(buffer)) != -1; ) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == 0) {
                        throw problem("is not CSV text (it holds binary data)");
                    }
                }
            }
        } catch (CharacterCodingException e) {
            throw problem("is not UTF-8 text: save it as \"CSV UTF-8\" (Excel: Save As, CSV UTF-8)");
        }
    }

    private static String baseName(String original) {
        // Some browsers send the client's full path; only the name means anything here.
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }

    private static InvalidInputException problem(String message) {
        return InvalidInputException.of(Header.FIELD, message);
    }
}
