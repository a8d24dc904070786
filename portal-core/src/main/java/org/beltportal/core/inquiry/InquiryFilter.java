package org.beltportal.core.inquiry;

import java.time.Instant;

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

    /** The text as a LIKE pattern's middle: the wildcards and the escape character match themselves. */
    public String textPattern() {
        return text == null ? null : text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
