package org.beltportal.core.product;

import java.math.BigDecimal;

/** From {@code minQty} units up, each unit costs {@code price} yuan. */
public record PriceTier(int minQty, BigDecimal price) {
}
