package org.beltportal.search.query;

import java.math.BigDecimal;

/**
 * One product in a result list, in the shape of the HTTP contract. {@code highlight} is the title with
 * matches in {@code <em>}, already HTML-escaped; null where the title itself did not match. {@code campaign}
 * names the live campaign that features the product (ranked higher), null for the others. {@code unitEn} is the
 * unit English pages show (null: none given).
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
        Supplier supplier,
        Campaign campaign,
        String unitEn) {

    /** An item without an English unit (indexed before V15 or given none): English pages show {@code unit}. */
    public SearchItem(long id, String sku, String title, String titleEn, String highlight, BigDecimal price, int moq,
                      String unit, String category, Supplier supplier, Campaign campaign) {
        this(id, sku, title, titleEn, highlight, price, moq, unit, category, supplier, campaign, null);
    }

    /** The supplier's trust signals buyers filter and judge by. */
    public record Supplier(long id, String name, String creditRating, boolean verified) {
    }

    /** The live campaign featuring a product: its landing page is {@code /campaigns/{slug}}; {@code nameEn} optional. */
    public record Campaign(String slug, String name, String nameEn) {

        public Campaign(String slug, String name) {
            this(slug, name, null);
        }
    }

    public SearchItem withHighlight(String html) {
        return new SearchItem(id, sku, title, titleEn, html, price, moq, unit, category, supplier, campaign, unitEn);
    }

    public SearchItem withCampaign(Campaign featuredIn) {
        return new SearchItem(id, sku, title, titleEn, highlight, price, moq, unit, category, supplier, featuredIn, unitEn);
    }
}
