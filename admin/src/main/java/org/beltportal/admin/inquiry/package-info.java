/**
 * Buyer inquiries for a portal's operators: the newest first, filtered by status, and marking each one
 * handled or spam. Anyone with a grant on the portal may read them; region operators and editors, who
 * look after the catalogue and its buyers, may change their status.
 */
package org.beltportal.admin.inquiry;
