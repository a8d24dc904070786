package org.beltportal.themes.crawl;

import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a file of the sitemaps.org protocol as it goes, so a large catalogue is never held in memory: a
 * sitemap ({@code <urlset>} of {@code <url>}) or a sitemap index ({@code <sitemapindex>} of
 * {@code <sitemap>}); both hold a location and an optional last modification per entry. The StAX writer
 * escapes every URL. It counts what it wrote and refuses more than the protocol's limit per file.
 */
final class SitemapWriter implements AutoCloseable {

    static final int MAX_ENTRIES = 50_000;
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final XMLStreamWriter xml;
    private final String entryElement;
    private final int limit;
    private int written;

    private SitemapWriter(OutputStream out, String rootElement, String entryElement, int limit) throws XMLStreamException {
        this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        this.entryElement = entryElement;
        this.limit = Math.min(limit, MAX_ENTRIES);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement(rootElement);
        xml.writeDefaultNamespace(NAMESPACE);
    }

    /** A sitemap of at most {@code limit} page URLs (and never more than the protocol allows). */
    static SitemapWriter urls(OutputStream out, int limit) throws XMLStreamException {
        return new SitemapWriter(out, "urlset", "url", limit);
    }

    /** A sitemap index: the URLs of sitemaps. */
    static SitemapWriter index(OutputStream out) throws XMLStreamException {
        return new SitemapWriter(out, "sitemapindex", "sitemap", MAX_ENTRIES);
    }

    /** Whether another entry fits. */
    boolean hasRoom() {
        return written < limit;
    }

    /** Adds an entry if there is room; {@code lastModified} may be null. */
    void entry(String location, Instant lastModified) throws XMLStreamException {
        if (!hasRoom()) {
            return;
        }
        xml.writeStartElement(entryElement);
        xml.writeStartElement("loc");
        xml.writeCharacters(location);
        xml.writeEndElement();
        if (lastModified != null) {
            xml.writeStartElement("lastmod");
            xml.writeCharacters(DAY.format(lastModified));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        written++;
    }

    int written() {
        return written;
    }

    @Override
    public void close() throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }
}
