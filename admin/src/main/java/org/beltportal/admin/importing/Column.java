package org.beltportal.admin.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of an import file, found by their header name in any order; names match ignoring case. The
 * order here is the order of an export and of the template.
 */
enum Column {
    SKU("sku", true),
    TITLE("title", true),
    TITLE_EN("titleEn", false),
    DESCRIPTION("description", false),
    CATEGORY("category", false),
    /**
     * The English name of the row's category (its deepest level): given to a category without one, and a row error
     * when the category has another (decision 0051).
     */
    CATEGORY_EN("categoryEn", false),
    /** The supplier by its numeric id; a file names its suppliers this way or by {@link #SUPPLIER}. */
    SUPPLIER_ID("supplierId", false),
    /** The supplier by its code or, failing that, its name ({@link SupplierNames}). */
    SUPPLIER("supplier", false),
    MOQ("moq", true),
    UNIT("unit", false),
    /** The unit on English pages. */
    UNIT_EN("unitEn", false),
    PRICE_TIERS("priceTiers", true),
    STATUS("status", false),
    IMAGES("images", false),
    /** The product's listing on a marketplace where buyers order it. */
    LISTING_URL("listingUrl", false);

    private final String header;
    private final boolean required;

    Column(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    /** The name in the header row, and the key of the column in a {@link SourceRow}. */
    String header() {
        return header;
    }

    boolean isRequired() {
        return required;
    }

    static Optional<Column> named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.header.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    static List<String> headers() {
        return Arrays.stream(values()).map(Column::header).toList();
    }

    /**
     * The columns of an export and of the template: all but {@link #SUPPLIER_ID}, since a supplier's code
     * or name means the same in another belt (or after a restore) and its id does not.
     */
    static List<Column> written() {
        return Arrays.stream(values()).filter(c -> c != SUPPLIER_ID).toList();
    }
}
