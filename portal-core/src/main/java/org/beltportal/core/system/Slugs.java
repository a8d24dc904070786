package org.beltportal.core.system;

import java.util.regex.Pattern;

/** The one rule for URL slugs of tenants, pages and campaigns: lowercase ASCII words joined by hyphens. */
public final class Slugs {

    public static final Pattern PATTERN = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,118}[a-z0-9])?");
    public static final String RULE = "must be lowercase letters, digits and inner hyphens";

    private Slugs() {
    }

    public static boolean isValid(String slug) {
        return slug != null && PATTERN.matcher(slug).matches();
    }
}
