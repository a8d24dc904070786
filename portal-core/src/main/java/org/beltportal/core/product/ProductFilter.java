package org.beltportal.core.product;

import java.util.Locale;

import org.beltportal.core.system.LikePatterns;

/**
 * Narrows a product listing; every field is optional. {@code text} matches SKU or title. {@code categoryId}
 * takes the category with all its subcategories (an operator choosing 童装 means every kind of children's
 * wear). {@code missingImages} true keeps only products without images, false only those with.
 */
public record ProductFilter(ProductStatus status, Long supplierId, String text, Long categoryId, Boolean missingImages) {

    public ProductFilter(ProductStatus status, Long supplierId, String text) {
        this(status, supplierId, text, null, null);
    }

    public static ProductFilter none() {
        return new ProductFilter(null, null, null);
    }

    /**
     * The text as a LIKE pattern with its own wildcards escaped, so "%" searches for a percent sign; in lower
     * case, as the SKU and title keys it is matched against (V21), so the match ignores case as before.
     */
    public String textPattern() {
        return LikePatterns.containing(text == null ? null : text.toLowerCase(Locale.ROOT));
    }
}
