package org.beltportal.core.inquiry;

/**
 * Published inside the transaction that stores a buyer's inquiry, so that what listens (the notification
 * outbox) writes in that same transaction: the inquiry and its pending notifications are stored together or
 * not at all. Spam is not announced.
 */
public record InquirySubmitted(Inquiry inquiry) {
}
