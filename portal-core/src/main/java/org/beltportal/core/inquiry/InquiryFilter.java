package org.beltportal.core.inquiry;

import java.time.Instant;

import org.beltportal.core.system.LikePatterns;

/**
 * Which inquiries an operator wants to see; every part is optional (null: any). {@code from} is inclusive,
 * {@code until} exclusive. {@code text} is looked for in the buyer's name, company, phone, email, message and
 * the product title.
 */
public record InquiryFilter(
        InquiryStatus status,
        Long supplierId,
        Long productId,
        Instant from,
        Instant until,
        String text) {

    public static final int MAX_TEXT = 100;

    public static final InquiryFilter ALL = new InquiryFilter(null, null, null, null, null, null);

    public InquiryFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static InquiryFilter ofStatus(InquiryStatus status) {
        return new InquiryFilter(status, null, null, null, null, null);
    }

    /** The text as a LIKE pattern of values containing it ('!' escapes): its own wildcards match themselves. */
    public String textPattern() {
        return LikePatterns.containing(text);
    }
}
