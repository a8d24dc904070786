/**
 * Buyer inquiries for a portal's operators: the newest first, filtered (status, supplier, product, dates,
 * text) and exported as CSV, each with its internal notes and the state of its notifications, marked handled
 * or spam. Anyone with a grant on the portal may read them; region operators and editors, who look after the
 * catalogue and its buyers, may change their status and write notes.
 */
package org.beltportal.admin.inquiry;
