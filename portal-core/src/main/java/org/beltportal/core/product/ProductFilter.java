package org.beltportal.core.product;

/** Narrows the admin product listing; every field is optional. {@code text} matches SKU or title. */
public record ProductFilter(ProductStatus status, Long supplierId, String text) {

    public static ProductFilter none() {
        return new ProductFilter(null, null, null);
    }

    /** The text as a LIKE pattern with its own wildcards escaped, so "%" searches for a percent sign. */
    public String textPattern() {
        if (text == null || text.isBlank()) {
            return null;
        }
        // '!' is the ESCAPE character in the mapper: unlike '\\' it means the same in MySQL and H2 literals.
        String escaped = text.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
