package org.beltportal.core.insight;

/**
 * A search a page render made, left as a request attribute for the insight filter that runs around the page
 * cache: the cache stores it with the page and sets it again when it answers from memory, so a search served
 * from the cache counts like a rendered one. {@code foundNothing}: the text as typed found nothing (whether or
 * not a rescue then showed something).
 */
public record SearchSeen(String query, String language, long total, boolean foundNothing) {

    public static final String ATTRIBUTE = SearchSeen.class.getName();
}
