package org.beltportal.themes.cache;

/**
 * What a cached page is looked up by. {@code tenant} is the tenant id ({@link ContentGenerations#PLATFORM}
 * for the platform page) and {@code generation} its content generation when the request began, so a
 * page rendered from data an admin change has since replaced is stored where nobody looks any more.
 * {@code langCookie} is the one input of the page's locale not already in the query ({@code ?lang=}) or
 * fixed by the tenant and generation (its default locale). {@code origin} is scheme and Host: canonical
 * and platform links are built from it.
 */
record PageKey(long tenant, long generation, String langCookie, String origin, String path, String query) {

    /** Roughly what the key keeps alive (strings are UTF-16 at worst, plus object headers). */
    int weight() {
        return 2 * (langCookie.length() + origin.length() + path.length() + query.length()) + 160;
    }
}
