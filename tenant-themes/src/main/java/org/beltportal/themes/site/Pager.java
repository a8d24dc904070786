package org.beltportal.themes.site;

import java.util.regex.Pattern;

import org.beltportal.core.system.NotFoundException;

/**
 * The previous and next links of a numbered listing: page 1 is the plain URL, later pages add
 * {@code ?page=N}. Listings stop at a maximum page, which bounds the database offset a visitor can ask for.
 */
public record Pager(String previousUrl, String nextUrl) {

    private static final Pattern PAGE = Pattern.compile("[1-9][0-9]{0,5}");

    /** The page asked for: none is 1; anything but a number from 1 to {@code maxPage} is a page that does not exist. */
    public static int pageNumber(String value, int maxPage) {
        if (value == null) {
            return 1;
        }
        if (!PAGE.matcher(value).matches() || Integer.parseInt(value) > maxPage) {
            throw new NotFoundException("no page " + value);
        }
        return Integer.parseInt(value);
    }

    /**
     * Links around {@code page} of a listing of {@code total} items at {@code url}, {@code pageSize} a page.
     * A page past the last does not exist (page 1 of an empty listing does).
     */
    public static Pager of(String url, int page, int pageSize, long total, int maxPage) {
        if (page > 1 && (long) (page - 1) * pageSize >= total) {
            throw new NotFoundException("no page " + page + " of " + url);
        }
        String previous = page > 1 ? (page == 2 ? url : url + "?page=" + (page - 1)) : "";
        String next = (long) page * pageSize < total && page < maxPage ? url + "?page=" + (page + 1) : "";
        return new Pager(previous, next);
    }
}
