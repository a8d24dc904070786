package org.beltportal.core.product;

import java.util.Locale;

import org.beltportal.core.system.InvalidInputException;

/**
 * Orders of the admin product listing. Each is a key an index already holds after the tenant (the
 * primary key, uq_product_sku), so keyset paging reads only the rows it returns; {@code orderBy} is SQL
 * from this enum, never from a request.
 */
public enum ProductSort {
    NEWEST("p.id DESC"),
    OLDEST("p.id"),
    SKU("p.sku");

    private final String orderBy;

    ProductSort(String orderBy) {
        this.orderBy = orderBy;
    }

    /** Ordered by id (newest or oldest first), the order of the text index (ix_product_text). */
    public boolean byId() {
        return this != SKU;
    }

    public String orderBy() {
        return orderBy;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The sort a request names; null means the default, newest first. */
    public static ProductSort fromCode(String code) {
        if (code == null || code.isBlank()) {
            return NEWEST;
        }
        for (ProductSort sort : values()) {
            if (sort.code().equals(code)) {
                return sort;
            }
        }
        throw InvalidInputException.of("sort", "must be newest, oldest or sku");
    }
}
