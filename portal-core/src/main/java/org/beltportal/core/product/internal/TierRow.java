package org.beltportal.core.product.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.beltportal.core.product.PriceTier;

/** One price tier row with the product it belongs to. */
public record TierRow(long productId, int minQty, BigDecimal price) {

    PriceTier tier() {
        return new PriceTier(minQty, price);
    }

    /** Tiers grouped by product, in the order read (the queries sort them by quantity). */
    public static Map<Long, List<PriceTier>> byProduct(List<TierRow> rows) {
        Map<Long, List<PriceTier>> tiers = new HashMap<>();
        for (TierRow row : rows) {
            tiers.computeIfAbsent(row.productId(), id -> new ArrayList<>()).add(row.tier());
        }
        return tiers;
    }
}
