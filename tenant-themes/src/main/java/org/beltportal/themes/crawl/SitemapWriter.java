package org.beltportal.themes.crawl;

import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a sitemap ({@code <urlset>} of the sitemaps.org protocol) as it goes, so a large catalogue is never
 * held in memory. The StAX writer escapes every URL. It counts what it wrote and refuses more than the
 * protocol's limit per file.
 */
final class SitemapWriter implements AutoCloseable {

    static final int MAX_URLS = 50_000;
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final XMLStreamWriter xml;
    private final int limit;
    private int written;

    SitemapWriter(OutputStream out, int limit) throws XMLStreamException {
        this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        this.limit = Math.min(limit, MAX_URLS);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(NAMESPACE);
    }

    /** Whether another URL fits. */
    boolean hasRoom() {
        return written < limit;
    }

    /** Adds a URL if there is room; {@code lastModified} may be null. */
    void url(String location, Instant lastModified) throws XMLStreamException {
        if (!hasRoom()) {
            return;
        }
        xml.writeStartElement("url");
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
