package org.beltportal.themes.site;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

/** What a page showing an operator's unsaved draft answers besides the page (decision 0038). */
public final class DraftPreviews {

    private DraftPreviews() {
    }

    /**
     * Kept out of every cache, so no one else is ever served it; and framable by the console's own pages (the
     * preview is an iframe there), where every other page is not. Security's header writer leaves a header the
     * page already set.
     */
    public static void mark(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
    }
}
