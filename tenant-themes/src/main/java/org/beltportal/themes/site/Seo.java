package org.beltportal.themes.site;

/**
 * What a page tells search engines and link previews beyond its title and description (which templates
 * write, in the visitor's language). {@code canonical} and {@code defaultUrl} (the hreflang x-default) are
 * absolute and carry no tracking parameters; {@code ogImage} is absolute or ""; {@code jsonLd} is
 * schema.org JSON already escaped for a {@code <script>} element (see {@link JsonLd}), or "".
 */
public record Seo(String canonical, String defaultUrl, String ogType, String ogImage, String jsonLd) {

    public Seo {
        canonical = Text.orEmpty(canonical);
        defaultUrl = Text.orEmpty(defaultUrl);
        ogType = Text.orEmpty(ogType);
        ogImage = Text.orEmpty(ogImage);
        jsonLd = Text.orEmpty(jsonLd);
    }

    public Seo withImage(String absoluteImage) {
        return new Seo(canonical, defaultUrl, ogType, absoluteImage, jsonLd);
    }

    public Seo withJsonLd(String escapedJson) {
        return new Seo(canonical, defaultUrl, ogType, ogImage, escapedJson);
    }

    /** Error pages: nothing to index, so no canonical and no alternates to point at. */
    public static Seo none() {
        return new Seo("", "", "", "", "");
    }
}
