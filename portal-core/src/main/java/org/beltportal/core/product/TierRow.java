package org.beltportal.core.product;

import java.math.BigDecimal;

/** One price tier row with the product it belongs to. */
public record TierRow(long productId, int minQty, BigDecimal price) {

    PriceTier tier() {
        return new PriceTier(minQty, price);
    }
}
