package org.beltportal.admin.inquiry;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.beltportal.core.inquiry.Inquiry;
import org.beltportal.core.inquiry.InquiryNote;
import org.beltportal.core.notification.Delivery;

/** One inquiry as its detail shows it: its fields, the operators' notes and what became of its notifications. */
record InquiryDetail(@JsonUnwrapped Inquiry inquiry, List<InquiryNote> notes, List<Delivery> deliveries) {
}
