package org.beltportal.themes.site;

import java.util.regex.Pattern;

import org.beltportal.core.system.NotFoundException;

/**
 * Ids that pages take from the URL as text, so that "/products/abc" is a 404 page like any other missing
 * row, rather than the 400 Spring gives a path variable it cannot convert. Up to 18 digits always fits a long.
 */
public final class PathIds {

    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    private PathIds() {
    }

    /** The id, or a NotFoundException naming {@code what} ("product", "supplier"...) when it cannot be one. */
    public static long require(String text, String what) {
        if (text == null || !ID.matcher(text).matches()) {
            throw new NotFoundException("no " + what + " " + text);
        }
        return Long.parseLong(text);
    }
}
