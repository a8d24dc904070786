/**
 * Products on the portal: the card shown in listings ({@link org.beltportal.themes.product.ProductCard})
 * and the product page at {@code /products/{id}}. Only active products of the request's own tenant are
 * ever shown; anything else is a 404, the same answer whether the id is free, inactive or another
 * tenant's, so that nothing about other portals leaks.
 */
package org.beltportal.themes.product;
