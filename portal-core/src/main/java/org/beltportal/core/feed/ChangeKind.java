package org.beltportal.core.feed;

/** What a feed row says changed in its belt; stored by name in {@code change_feed.kind}. */
public enum ChangeKind {
    /** Products written, updated or deleted; the row names their ids. */
    PRODUCTS,
    /** Suppliers changed; the row names their ids (each of their products' documents carries them). */
    SUPPLIERS,
    /** The belt's synonym sets were replaced. */
    SYNONYMS,
    /** Anything audited that the belt's visitors see: branding, categories, campaigns, templates, news, pages. */
    CONTENT,
    /** The belt itself: hosts, slug, names, status, theme (the platform page lists every belt). */
    TENANT
}
