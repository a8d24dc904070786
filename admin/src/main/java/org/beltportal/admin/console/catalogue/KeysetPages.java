package org.beltportal.admin.console.catalogue;

import java.util.function.Function;

import org.beltportal.core.system.CursorPage;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.ListQuery;

/**
 * One page of a console list, after the cursor in its URL (decision 0032's keyset paging). A cursor that is not
 * this list's (edited, or copied from another list) shows the first page rather than an error: it is only a link.
 */
final class KeysetPages {

    static final int SIZE = 50;

    private KeysetPages() {
    }

    static <T> CursorPage<T> read(String cursor, Function<ListQuery, CursorPage<T>> list) {
        if (cursor != null && !cursor.isBlank()) {
            try {
                return list.apply(new ListQuery(0, SIZE, cursor));
            } catch (InvalidInputException notThisListsCursor) {
                // Falls through to the first page.
            }
        }
        return list.apply(new ListQuery(0, SIZE, null));
    }
}
