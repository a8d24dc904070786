package org.beltportal.core.supplier;

/** Narrows the admin supplier listing; every field is optional. {@code text} matches name or code. */
public record SupplierFilter(Boolean verified, CreditRating creditRating, String text) {

    public static SupplierFilter none() {
        return new SupplierFilter(null, null, null);
    }

    /** The text as a LIKE pattern with its own wildcards escaped ('!' is the mapper's ESCAPE character). */
    String textPattern() {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + text.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
