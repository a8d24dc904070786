package org.beltportal.admin.importing;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the text of the element a reader is at, up to its end, and never more than a cell may hold: the
 * parser hands text over in pieces, so an element of any length costs at most the limit in memory.
 */
final class XlsxText {

    private XlsxText() {
    }

    /** A value element's text ({@code <v>}), all of it. */
    static String value(XMLStreamReader xml, int maxChars) throws XMLStreamException {
        return read(xml, maxChars, false);
    }

    /**
     * A string item's text ({@code <si>} or {@code <is>}): its {@code <t>} elements, plain or in rich
     * text runs, without the phonetic guide ({@code <rPh>}) Japanese files add.
     */
    static String runs(XMLStreamReader xml, int maxChars) throws XMLStreamException {
        return read(xml, maxChars, true);
    }

    /** Moves past the end of the element the reader is at. */
    static void skip(XMLStreamReader xml) throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            depth += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
        }
    }

    private static String read(XMLStreamReader xml, int maxChars, boolean runs) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        int phonetic = 0;
        boolean inText = !runs;
        while (depth > 0) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    phonetic += xml.getLocalName().equals("rPh") ? 1 : 0;
                    inText = !runs || (phonetic == 0 && xml.getLocalName().equals("t"));
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    phonetic -= xml.getLocalName().equals("rPh") ? 1 : 0;
                    inText = !runs;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (inText) {
                        if (text.length() + xml.getTextLength() > maxChars) {
                            throw new TooLargeException(0, "a cell is longer than " + maxChars + " characters");
                        }
                        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                }
                default -> {
                }
            }
        }
        return text.toString();
    }
}
