package org.beltportal.core.inquiry;

import java.time.Instant;

/** An operator's internal note on an inquiry: who wrote it and when. Buyers never see notes. */
public record InquiryNote(long id, long inquiryId, String author, String body, Instant createdAt) {

    public static final int MAX_BODY = 2000;
}
