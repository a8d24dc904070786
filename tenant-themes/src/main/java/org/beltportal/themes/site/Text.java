package org.beltportal.themes.site;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.beltportal.core.system.ImageUrls;
import org.beltportal.core.system.MarketplaceUrls;

/** Formatting shared by the view records, so that templates print text and never format numbers. */
public final class Text {

    private Text() {
    }

    public static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /**
     * A price in yuan with two decimals, e.g. "¥25.80". Formatted here rather than by FreeMarker, whose
     * number format follows the browser's Accept-Language and would print "25,8" for some buyers.
     */
    public static String yuan(BigDecimal amount) {
        return "¥" + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** The text cut to at most {@code max} characters at a code point boundary, with "…" when cut. */
    public static String excerpt(String text, int max) {
        String flat = orEmpty(text).strip().replaceAll("\\s+", " ");
        if (flat.codePointCount(0, flat.length()) <= max) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, max - 1)) + "…";
    }

    /**
     * The URL if it is http(s) or site-relative, else "". Core validates these fields on save; pages check
     * again because a {@code javascript:} URL that slipped into a row must still never reach an attribute.
     */
    public static String safeUrl(String url) {
        return ImageUrls.isValid(url) ? url : "";
    }

    /**
     * The marketplace link if it is an absolute http(s) URL ({@link MarketplaceUrls}), else "": checked again on
     * the page for the same reason as {@link #safeUrl}.
     */
    public static String safeMarketplaceUrl(String url) {
        return MarketplaceUrls.isValid(url) ? url : "";
    }
}
