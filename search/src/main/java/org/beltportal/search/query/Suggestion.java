package org.beltportal.search.query;

/** A title to offer while the buyer types, with the product it belongs to. */
public record Suggestion(String text, long productId) {
}
