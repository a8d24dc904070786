package org.beltportal.search.query;

import java.math.BigDecimal;

/**
 * One product in a result list, in the shape of the HTTP contract. {@code highlight} is the title with
 * matches in {@code <em>}, already HTML-escaped; null where the title itself did not match.
 */
public record SearchItem(
        long id,
        String sku,
        String title,
        String titleEn,
        String highlight,
        BigDecimal price,
        int moq,
        String unit,
        String category,
        Supplier supplier) {

    /** The supplier's trust signals buyers filter and judge by. */
    public record Supplier(long id, String name, String creditRating, boolean verified) {
    }

    SearchItem withHighlight(String html) {
        return new SearchItem(id, sku, title, titleEn, html, price, moq, unit, category, supplier);
    }
}
