package org.beltportal.core.insight;

import java.util.Locale;

/** The kinds of public page a page view is counted under; the code is what the rollups store. */
public enum PageType {
    HOME, SEARCH, PRODUCT, SUPPLIER, CATEGORY, CAMPAIGN, FESTIVALS, NEWS, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The type of a page by its path inside the portal ("/products/7"). Only the first segment counts, so the
     * set of types stays fixed whatever buyers type into URLs.
     */
    public static PageType ofPath(String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return HOME;
        }
        String rest = path.substring(1);
        int slash = rest.indexOf('/');
        String first = slash < 0 ? rest : rest.substring(0, slash);
        boolean item = slash >= 0 && slash < rest.length() - 1;
        return switch (first) {
            case "search" -> SEARCH;
            case "products" -> item ? PRODUCT : OTHER;
            case "suppliers" -> item ? SUPPLIER : OTHER;
            case "categories" -> item ? CATEGORY : OTHER;
            case "campaigns" -> item ? CAMPAIGN : OTHER;
            case "festivals" -> FESTIVALS;
            case "news" -> NEWS;
            default -> OTHER;
        };
    }
}
