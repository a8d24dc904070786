package org.beltportal.admin.console.catalogue;

import org.beltportal.core.system.CursorPage;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A keyset list's links, its filters kept in the URL: {@code first} when this is a later page, {@code next} when
 * there is one. Keyset pages go forward only; the way back is the first page (decision 0032).
 */
public record PageLinks(String first, String next) {

    static PageLinks of(UriComponentsBuilder list, String cursor, CursorPage<?> page) {
        String first = cursor == null || cursor.isBlank() ? null : list.cloneBuilder().build().encode().toUriString();
        String next = page.nextCursor() == null ? null
                : list.cloneBuilder().queryParam("cursor", page.nextCursor()).build().encode().toUriString();
        return new PageLinks(first, next);
    }
}
