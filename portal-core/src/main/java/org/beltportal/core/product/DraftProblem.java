package org.beltportal.core.product;

/**
 * A problem of one draft in an import batch: its position in the batch, the field as the domain names it
 * ({@code priceTiers[1].minQty}), null when the database refused the row as a whole, and the reason.
 */
public record DraftProblem(int index, String field, String message) {
}
