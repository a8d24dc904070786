package org.beltportal.core.system;

import java.util.regex.Pattern;

/**
 * The one rule for image URLs operators save (product images, branding, campaign banners) and pages print:
 * http(s) or site-relative, with nothing that could end an attribute or start script. A protocol-relative
 * {@code //host/...} is refused: it names another host while looking like a path of this one.
 */
public final class ImageUrls {

    public static final Pattern PATTERN = Pattern.compile("(https?://|/(?!/))[^\\s\"'<>()\\\\]{1,480}");
    public static final String RULE = "must be an http(s) or site-relative URL";

    private ImageUrls() {
    }

    public static boolean isValid(String url) {
        return url != null && PATTERN.matcher(url).matches();
    }
}
