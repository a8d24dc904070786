/**
 * Buyer inquiries on the portal: {@code POST /api/v1/inquiries} (JSON) and {@code POST /inquiries}, the
 * product page's form, which works without JavaScript (303 back to the product page when sent, the page
 * again with the buyer's input and messages when refused or rate-limited). Rules live in core's
 * {@code InquiryService}; this package only translates HTTP to it and back.
 */
package org.beltportal.themes.inquiry;
