package org.beltportal.core.system;

import java.util.regex.Pattern;

/**
 * The one rule for marketplace links (a supplier's shop, a product's listing) that operators save and pages print
 * as an "order" link: an absolute http(s) URL with a host, at most {@value #MAX_LENGTH} characters, and nothing that
 * could end an attribute or start script. Unlike {@link ImageUrls} a site-relative path is refused: the link leads
 * away to the marketplace where the buyer pays, so it must name that host; {@code javascript:}, {@code data:} and
 * protocol-relative {@code //host} never match.
 */
public final class MarketplaceUrls {

    public static final int MAX_LENGTH = 500;
    public static final String RULE = "must be an http(s) address of at most " + MAX_LENGTH
            + " characters such as https://shop.example.com/item/1";
    private static final Pattern PATTERN = Pattern.compile(
            "(?i)https?://[a-z0-9](?:[a-z0-9.-]{0,252})(?::\\d{1,5})?(?:[/?#][^\\s\"'<>\\\\`]*)?");

    private MarketplaceUrls() {
    }

    public static boolean isValid(String url) {
        return url != null && url.length() <= MAX_LENGTH && PATTERN.matcher(url).matches();
    }

    /** Whether an optional field is absent (null or blank) or a valid link. */
    public static boolean isAbsentOrValid(String url) {
        return url == null || url.isBlank() || isValid(url.strip());
    }
}
