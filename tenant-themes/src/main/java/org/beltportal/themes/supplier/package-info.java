/**
 * How suppliers appear on portal pages (name, credit rating, the verified badge and what they offer), and
 * the supplier profile ({@code GET /suppliers/{id}}) with its active products.
 */
package org.beltportal.themes.supplier;
