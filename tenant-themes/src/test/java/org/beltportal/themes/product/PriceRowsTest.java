package org.beltportal.themes.product;

import java.math.BigDecimal;
import java.util.List;

import org.beltportal.core.product.PriceTier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PriceRowsTest {

    @Test
    void eachTierRunsUpToTheNextOne() {
        List<ProductPage.PriceRow> rows = ProductPage.priceRows(List.of(tier(30, "25.80"), tier(31, "25.00"),
                tier(300, "22.5"), tier(1000, "19.9")));

        assertThat(rows).extracting(ProductPage.PriceRow::quantity).containsExactly("30", "31–299", "300–999", "≥1000");
        assertThat(rows).extracting(ProductPage.PriceRow::price).containsExactly("¥25.80", "¥25.00", "¥22.50", "¥19.90");
    }

    @Test
    void noTiersNoRows() {
        assertThat(ProductPage.priceRows(List.of())).isEmpty();
    }

    private static PriceTier tier(int minQty, String price) {
        return new PriceTier(minQty, new BigDecimal(price));
    }
}
