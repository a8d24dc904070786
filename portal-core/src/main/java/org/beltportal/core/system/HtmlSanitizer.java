package org.beltportal.core.system;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Cleans operator-entered HTML (articles, footers) on save: formatting, links and images stay; scripts,
 * event handlers, styles and javascript: URLs go. Stored HTML is therefore safe to print unescaped.
 */
public final class HtmlSanitizer {

    private static final Safelist ALLOWED = Safelist.relaxed()
            .addAttributes("a", "rel", "target")
            .addProtocols("a", "href", "http", "https", "mailto", "tel")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);

    private HtmlSanitizer() {
    }

    public static String clean(String html) {
        if (html == null) {
            return null;
        }
        // A base URI lets relative links survive; it is never printed.
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "https://portal.invalid/", ALLOWED, output);
    }
}
