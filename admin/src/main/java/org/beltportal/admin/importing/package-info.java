/**
 * Bulk product import: {@code POST tenants/{slug}/products/import} takes a .csv (UTF-8) or .xlsx file,
 * checks its type and header at once (422) and its size against {@link org.beltportal.admin.importing.ImportLimits}
 * (413), keeps it in a temp file and imports it as a job that streams the rows, validates each one and
 * writes them in batches through
 * {@link org.beltportal.core.product.ProductImporter}; progress and row errors are read at {@code jobs/{id}}.
 */
package org.beltportal.admin.importing;
