/**
 * The console's catalogue screens: suppliers, products (filters, tiered prices, bulk actions) and the category
 * tree, on the same services and rights as the JSON API in {@code org.beltportal.admin.catalog} (decision 0032).
 * Imports, exports and the media library are screens of their own.
 */
package org.beltportal.admin.console.catalogue;
