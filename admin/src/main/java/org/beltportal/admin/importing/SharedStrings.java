package org.beltportal.admin.importing;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.OptionalLong;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.beltportal.core.system.NumberText;

/**
 * A workbook's shared strings table, read only as far as the rows refer to it. The strings read go to
 * a temp file, deleted on close, and the heap keeps only where each one ends: four bytes a string, so
 * a table at the limits costs 16 MB of memory instead of half a gigabyte. The newest strings wait in a
 * buffer before they are written: a workbook lists its strings in the order rows first use them, so
 * most lookups are served from there without a read of the file.
 */
final class SharedStrings implements Closeable {

    private final XMLStreamReader xml;
    private final ImportLimits limits;
    private final FileChannel spill;
    /** Holds any one string: {@link ImportLimits#cellChars()} characters of at most three bytes each. */
    private final byte[] pending;
    private int pendingLength;
    private int[] ends = new int[1024];
    private int count;
    private long chars;
    private int flushed;

    private SharedStrings(XMLStreamReader xml, ImportLimits limits) throws IOException {
        this.xml = xml;
        this.limits = limits;
        this.spill = FileChannel.open(Files.createTempFile("beltportal-import-strings-", ".bin"), StandardOpenOption.READ,
                StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
        this.pending = new byte[Math.max(64 * 1024, limits.cellChars() * 3)];
    }

    /** The package's table; a table that declares more strings than the limit is refused here, before any row. */
    static SharedStrings open(XlsxPackage workbook, ImportLimits limits) throws XMLStreamException, IOException {
        XMLStreamReader xml = workbook.sharedStrings();
        if (xml != null) {
            OptionalLong declared = NumberText.wholeNumber(xml.getAttributeValue(null, "uniqueCount"));
            if (declared.isPresent() && declared.getAsLong() > limits.sharedStrings()) {
                throw tooMany(limits);
            }
        }
        return new SharedStrings(xml, limits);
    }

    /** The string at {@code index}, reading the table up to it if need be. */
    String get(long index) throws XMLStreamException, IOException {
        if (index < 0) {
            throw XlsxPackage.damaged("a cell refers to a shared string the workbook does not have");
        }
        if (index >= limits.sharedStrings()) {
            throw tooMany(limits);
        }
        while (count <= index) {
            readNext();
        }
        int start = index == 0 ? 0 : ends[(int) index - 1];
        int end = ends[(int) index];
        if (start >= flushed) {
            return new String(pending, start - flushed, end - start, StandardCharsets.UTF_8);
        }
        ByteBuffer bytes = ByteBuffer.allocate(end - start);
        while (bytes.hasRemaining() && spill.read(bytes, start + bytes.position()) >= 0) {
            // A positional read may return fewer bytes than asked for.
        }
        return new String(bytes.array(), StandardCharsets.UTF_8);
    }

    private void readNext() throws XMLStreamException, IOException {
        if (xml == null) {
            throw XlsxPackage.damaged("a cell refers to a shared string the workbook does not have");
        }
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
                add(XlsxText.runs(xml, limits.cellChars()));
                return;
            }
        }
        throw XlsxPackage.damaged("a cell refers to a shared string the workbook does not have");
    }

    private void add(String text) throws IOException {
        chars += text.length();
        if (count == limits.sharedStrings() || chars > limits.sharedStringChars()) {
            throw count == limits.sharedStrings() ? tooMany(limits) : new TooLargeException(0,
                    "the workbook's shared strings hold more than " + limits.sharedStringChars() + " characters");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (pendingLength + bytes.length > pending.length) {
            ByteBuffer buffer = ByteBuffer.wrap(pending, 0, pendingLength);
            while (buffer.hasRemaining()) {
                spill.write(buffer, flushed + buffer.position());
            }
            flushed += pendingLength;
            pendingLength = 0;
        }
        System.arraycopy(bytes, 0, pending, pendingLength, bytes.length);
        pendingLength += bytes.length;
        if (count == ends.length) {
            ends = Arrays.copyOf(ends, Math.min(limits.sharedStrings(), count * 2));
        }
        ends[count++] = flushed + pendingLength;
    }

    private static TooLargeException tooMany(ImportLimits limits) {
        return new TooLargeException(0, "the workbook has more than " + limits.sharedStrings() + " shared strings");
    }

    @Override
    public void close() throws IOException {
        spill.close();
    }
}
