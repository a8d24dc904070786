package org.beltportal.core.supplier;

import org.beltportal.core.system.LikePatterns;

/** Narrows the admin supplier listing; every field is optional. {@code text} matches name or code. */
public record SupplierFilter(Boolean verified, CreditRating creditRating, String text) {

    /** The text as a LIKE pattern with its own wildcards escaped. */
    String textPattern() {
        return LikePatterns.containing(text);
    }
}
