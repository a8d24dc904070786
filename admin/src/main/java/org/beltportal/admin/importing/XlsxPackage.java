package org.beltportal.admin.importing;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;

/**
 * The parts of an .xlsx archive an import reads: the first sheet and the shared strings, found through
 * the package's relationships as Excel, WPS and LibreOffice write them. Each part is parsed as it is
 * inflated, and inflating stops with a {@link TooLargeException} once a part expands past the limits,
 * whatever sizes the archive declares: a zip bomb costs the bytes up to the limit, no more.
 */
final class XlsxPackage implements Closeable {

    /** SpreadsheetML nests about eight deep; a DTD, entities and huge markup are never needed. */
    private static final XMLInputFactory XML = xmlFactory();
    /** Parts expand freely up to this size; past it, {@link ImportLimits#expansion()} applies. */
    private static final long FREE_BYTES = 1 << 20;
    private static final String RELATIONSHIPS = "_rels/.rels";

    private final ZipFile zip;
    private final ImportLimits limits;
    private final List<InputStream> open = new ArrayList<>();
    private final String sheet;
    private final String sharedStrings;

    private XlsxPackage(ZipFile zip, ImportLimits limits) throws XMLStreamException, IOException {
        this.zip = zip;
        this.limits = limits;
        if (zip.size() > limits.zipEntries()) {
            throw new TooLargeException(1, "the workbook has more than " + limits.zipEntries() + " parts");
        }
        String workbook = relationships(RELATIONSHIPS, "").getOrDefault("/officeDocument", "xl/workbook.xml");
        Map<String, String> workbookParts = relationships(relationshipsOf(workbook), folderOf(workbook));
        this.sheet = workbookParts.get(firstSheetId(workbook));
        this.sharedStrings = workbookParts.get("/sharedStrings");
        if (sheet == null) {
            throw damaged("it has no worksheet");
        }
    }

    static XlsxPackage open(Path path, ImportLimits limits) throws IOException {
        ZipFile zip = new ZipFile(path.toFile());
        try {
            return new XlsxPackage(zip, limits);
        } catch (XMLStreamException | RuntimeException e) {
            zip.close();
            throw e instanceof UnreadableFileException unreadable ? unreadable : damaged(e);
        }
    }

    /** The first sheet, positioned at its root element. */
    XMLStreamReader sheet() throws XMLStreamException, IOException {
        return part(sheet);
    }

    /** The shared strings table positioned at its root element, or null when the workbook has none. */
    XMLStreamReader sharedStrings() throws XMLStreamException, IOException {
        return sharedStrings == null || zip.getEntry(sharedStrings) == null ? null : part(sharedStrings);
    }

    static UnreadableFileException damaged(Exception cause) {
        String reason = cause instanceof XMLStreamException xml && xml.getLocation() != null
                ? "its XML is malformed at line " + xml.getLocation().getLineNumber() : "it could not be read";
        return new UnreadableFileException(1, "the workbook is damaged (" + reason + ")", cause);
    }

    static UnreadableFileException damaged(String reason) {
        return new UnreadableFileException(1, "the workbook is damaged (" + reason + ")", null);
    }

    /** A part's reader, past the prolog: a document type declaration is refused rather than skipped. */
    private XMLStreamReader part(String name) throws XMLStreamException, IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw damaged("it has no part " + name);
        }
        InputStream in = new Bounded(zip.getInputStream(entry), allowance(entry), name);
        open.add(in);
        XMLStreamReader reader = XML.createXMLStreamReader(in);
        while (reader.next() != XMLStreamConstants.START_ELEMENT) {
            if (reader.getEventType() == XMLStreamConstants.DTD) {
                throw damaged("part " + name + " declares a document type");
            }
        }
        return reader;
    }

    /** The bytes a part may expand to; its declared size is checked here, what it really inflates to while read. */
    private long allowance(ZipEntry entry) {
        long allowed = Math.min(limits.partBytes(), Math.max(FREE_BYTES, entry.getCompressedSize() * limits.expansion()));
        if (entry.getSize() > allowed) {
            throw expands(entry.getName(), allowed);
        }
        return allowed;
    }

    private static TooLargeException expands(String name, long allowed) {
        return new TooLargeException(1, "the workbook's part " + name + " expands to more than " + allowed
                + " bytes (a zip bomb?)");
    }

    /** Relationship targets by id, and by type for the types an import needs ("/officeDocument", "/sharedStrings"). */
    private Map<String, String> relationships(String part, String folder) throws XMLStreamException, IOException {
        Map<String, String> targets = new HashMap<>();
        if (zip.getEntry(part) == null) {
            return targets;
        }
        XMLStreamReader xml = part(part);
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")) {
                String id = xml.getAttributeValue(null, "Id");
                String type = xml.getAttributeValue(null, "Type");
                String target = xml.getAttributeValue(null, "Target");
                if (id == null || type == null || target == null) {
                    throw damaged("a relationship in " + part + " lacks its id, type or target");
                }
                targets.put(id, resolve(folder, target));
                targets.putIfAbsent(type.substring(type.lastIndexOf('/')), resolve(folder, target));
            }
        }
        return targets;
    }

    private String firstSheetId(String workbook) throws XMLStreamException, IOException {
        XMLStreamReader xml = part(workbook);
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
                for (int i = 0; i < xml.getAttributeCount(); i++) {
                    if (xml.getAttributeLocalName(i).equals("id") && !xml.getAttributeNamespace(i).isEmpty()) {
                        return xml.getAttributeValue(i);
                    }
                }
            }
        }
        return null;
    }

    private static String relationshipsOf(String part) {
        return folderOf(part) + "_rels/" + part.substring(part.lastIndexOf('/') + 1) + ".rels";
    }

    private static String folderOf(String part) {
        return part.substring(0, part.lastIndexOf('/') + 1);
    }

    /** A target relative to the folder of its relationships' source, or absolute from the package root. */
    private static String resolve(String folder, String target) {
        if (target.startsWith("/")) {
            return target.substring(1);
        }
        String path = folder + target;
        while (path.contains("../")) {
            path = path.replaceFirst("[^/]*/\\.\\./", "");
        }
        return path;
    }

    @Override
    public void close() throws IOException {
        try {
            for (InputStream in : open) {
                in.close();
            }
        } finally {
            zip.close();
        }
    }

    private static XMLInputFactory xmlFactory() {
        XMLInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, 32);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, 64 * 1024);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 64);
        // Cell text is cut off by the readers at ImportLimits.cellChars; this bounds comments and stray text.
        factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, 1 << 20);
        return factory;
    }

    /** A part's inflated bytes, refused past its allowance. */
    private static final class Bounded extends FilterInputStream {
        private final long allowed;
        private final String name;
        private long read;

        Bounded(InputStream in, long allowed, String name) {
            super(in);
            this.allowed = allowed;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > allowed) {
                throw expands(name, allowed);
            }
        }
    }
}
