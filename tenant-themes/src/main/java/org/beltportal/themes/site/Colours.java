package org.beltportal.themes.site;

import java.util.regex.Pattern;

/** Branding colours as they may safely reach a {@code <style>} block, and a readable text colour on them. */
final class Colours {

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final String LIGHT_TEXT = "#ffffff";
    private static final String DARK_TEXT = "#1a1a1a";

    private Colours() {
    }

    /**
     * The colour if it is {@code #rrggbb}, else the fallback. Core validates colours on save; this check
     * stays because a colour is printed inside CSS, where HTML escaping does not protect.
     */
    static String orDefault(String colour, String fallback) {
        return colour != null && HEX.matcher(colour).matches() ? colour.toLowerCase() : fallback;
    }

    /** White or near-black, whichever contrasts more with {@code background} (WCAG relative luminance). */
    static String textOn(String background) {
        double luminance = 0.2126 * channel(background, 1) + 0.7152 * channel(background, 3)
                + 0.0722 * channel(background, 5);
        double withWhite = 1.05 / (luminance + 0.05);
        double withDark = (luminance + 0.05) / (0.0103 + 0.05);
        return withWhite >= withDark ? LIGHT_TEXT : DARK_TEXT;
    }

    private static double channel(String hex, int offset) {
        double c = Integer.parseInt(hex.substring(offset, offset + 2), 16) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
