package org.beltportal.core.system;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans operator-entered HTML (articles, footers) on save: formatting, links and images stay; scripts,
 * event handlers, styles and javascript: URLs go. Stored HTML is therefore safe to print unescaped.
 * Links keep only {@code rel} values that withhold something ({@link #KEPT_REL}): {@code rel="opener"} would
 * hand the opened page control of ours (reverse tabnabbing). The only target kept is {@code _blank}, and such
 * a link always gets {@code noopener noreferrer}: a named target also gives the opened page its opener.
 */
public final class HtmlSanitizer {

    static final Set<String> KEPT_REL = Set.of("nofollow", "noopener", "noreferrer", "ugc", "sponsored", "external");
    private static final String NEW_WINDOW = "_blank";
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
        Document clean = new Cleaner(ALLOWED).clean(Jsoup.parseBodyFragment(html, "https://portal.invalid/"));
        clean.select("a[rel], a[target]").forEach(HtmlSanitizer::withholdOpener);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    private static void withholdOpener(Element link) {
        boolean newWindow = NEW_WINDOW.equalsIgnoreCase(link.attr("target").strip());
        Set<String> rel = new LinkedHashSet<>();
        Arrays.stream(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")).filter(KEPT_REL::contains).forEach(rel::add);
        if (newWindow) {
            link.attr("target", NEW_WINDOW);
            rel.add("noopener");
            rel.add("noreferrer");
        } else {
            link.removeAttr("target");
        }
        if (rel.isEmpty()) {
            link.removeAttr("rel");
        } else {
            link.attr("rel", String.join(" ", rel));
        }
    }
}
