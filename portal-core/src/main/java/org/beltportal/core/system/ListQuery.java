package org.beltportal.core.system;

/**
 * Which part of an admin listing: {@code size} items, either after a {@code cursor} a previous page
 * returned (keyset paging: as fast on the last page of a million rows as on the first) or at {@code page}
 * (offset paging, kept for existing clients and bounded, since the database walks every skipped row).
 */
public record ListQuery(int page, int size, String cursor) {

    /** How deep offset paging may reach; past it, follow {@code nextCursor}. */
    public static final long MAX_OFFSET = 10_000;

    public ListQuery {
        if (page < 0) {
            throw InvalidInputException.of("page", "must be 0 or more");
        }
        if (size < 1 || size > PageQuery.MAX_SIZE) {
            throw InvalidInputException.of("size", "must be between 1 and " + PageQuery.MAX_SIZE);
        }
        if (cursor != null && cursor.isBlank()) {
            cursor = null;
        }
        if (cursor != null && page != 0) {
            throw InvalidInputException.of("page", "must be 0 or absent with a cursor");
        }
        if ((long) page * size > MAX_OFFSET) {
            throw InvalidInputException.of("page", "reaches past row " + MAX_OFFSET + ": follow nextCursor instead");
        }
    }

    public long offset() {
        return cursor == null ? (long) page * size : 0;
    }
}
