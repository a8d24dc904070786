package org.beltportal.themes.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A belt's browser-tab icon. Its logo when branding has one; otherwise the first character of its name on its
 * primary colour, as an SVG data URL: every belt gets an icon of its own without an upload or a request, and
 * a buyer with several belts open tells their tabs apart.
 */
final class Favicon {

    private Favicon() {
    }

    static String of(String logoUrl, String name, String background, String foreground) {
        if (logoUrl != null && !logoUrl.isBlank()) {
            return logoUrl;
        }
        String letter = name == null || name.isBlank() ? "B" : name.strip().substring(0, name.strip().offsetByCodePoints(0, 1));
        String svg = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'>"
                + "<rect width='32' height='32' rx='6' fill='" + xml(background) + "'/>"
                + "<text x='16' y='23' font-size='20' font-family='sans-serif' text-anchor='middle' fill='"
                + xml(foreground) + "'>" + xml(letter) + "</text></svg>";
        return "data:image/svg+xml," + URLEncoder.encode(svg, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String xml(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&apos;").replace(">", "&gt;");
    }
}
