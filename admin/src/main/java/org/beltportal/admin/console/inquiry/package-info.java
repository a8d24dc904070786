/**
 * The console's inquiry inbox of a belt: newest first with filters and keyset paging, each inquiry's detail
 * (buyer, product, message, notes, notification deliveries), its status and internal notes, the CSV export.
 * The same {@code InquiryService} and rights as the JSON API: reading for anyone on the belt, changes for
 * those who look after the catalogue.
 */
package org.beltportal.admin.console.inquiry;
