/**
 * The console's product import: upload a CSV or XLSX file (or drop it), follow the job's progress on a page
 * of its own, read its row errors, download templates, the error report and the catalogue as export.
 */
package org.beltportal.admin.console.importing;
