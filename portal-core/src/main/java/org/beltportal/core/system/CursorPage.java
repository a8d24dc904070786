package org.beltportal.core.system;

import java.util.List;

/**
 * One page of an admin listing: {@link ResultPage}'s fields plus {@code nextCursor}, the position after
 * the last item (null when this page is the last), to pass back as {@code cursor} for the next page.
 */
public record CursorPage<T>(List<T> items, long total, int page, int size, String nextCursor) {

    public CursorPage {
        items = List.copyOf(items);
    }
}
