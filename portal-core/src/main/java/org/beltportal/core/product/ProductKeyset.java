package org.beltportal.core.product;

import java.util.List;

import org.beltportal.core.system.Cursors;

/**
 * Where a page of the product listing starts, decoded from a cursor: the last id seen (by id, either
 * way) or the last SKU seen (by SKU, which is unique in a belt). At most one field is set.
 */
record ProductKeyset(Long beforeId, Long afterId, String afterSku) {

    private static final ProductKeyset START = new ProductKeyset(null, null, null);

    static ProductKeyset of(ProductSort sort, String cursor) {
        if (cursor == null) {
            return START;
        }
        String last = Cursors.decode(cursor, kind(sort), 1).getFirst();
        return switch (sort) {
            case NEWEST -> new ProductKeyset(Cursors.id(last), null, null);
            case OLDEST -> new ProductKeyset(null, Cursors.id(last), null);
            case SKU -> new ProductKeyset(null, null, last);
        };
    }

    /** The cursor of the page after {@code page}, or null when it is short (the last page). */
    static String next(ProductSort sort, List<Product> page, int size) {
        if (page.size() < size) {
            return null;
        }
        Product last = page.getLast();
        return Cursors.encode(kind(sort), sort == ProductSort.SKU ? last.sku() : Long.toString(last.id()));
    }

    private static String kind(ProductSort sort) {
        return "products-" + sort.code();
    }
}
