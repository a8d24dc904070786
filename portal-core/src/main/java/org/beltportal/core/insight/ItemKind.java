package org.beltportal.core.insight;

import java.util.Locale;
import java.util.Optional;

/** The pages whose views are counted one by one as well as by type: a product's and a supplier's. */
public enum ItemKind {
    PRODUCT, SUPPLIER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of a page type, if views of it are counted per item. */
    public static Optional<ItemKind> of(PageType type) {
        return switch (type) {
            case PRODUCT -> Optional.of(PRODUCT);
            case SUPPLIER -> Optional.of(SUPPLIER);
            default -> Optional.empty();
        };
    }
}
