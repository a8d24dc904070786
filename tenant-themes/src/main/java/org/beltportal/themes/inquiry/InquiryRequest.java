package org.beltportal.themes.inquiry;

import org.beltportal.core.insight.VisitSource;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.inquiry.InquiryDraft;
import org.beltportal.core.inquiry.Sender;
import org.beltportal.core.system.web.ClientAddress;

/**
 * The JSON body of {@code POST /api/v1/inquiries}. {@code website} is the honeypot the HTML form hides
 * from people; a JSON client has no reason to send it, and one that fills it is treated like a form bot.
 */
record InquiryRequest(Long productId, Integer quantity, String name, String company, String phone, String email,
                      String message, String website, String source) {

    /** Where the buyer came from for insight: absent is direct; anything but a source code is a 400 naming the field. */
    VisitSource visitSource() {
        if (source == null) {
            return VisitSource.DIRECT;
        }
        return VisitSource.parse(source).orElseThrow(() -> InvalidInputException.of("source",
                "must be one of search, campaign, home, direct"));
    }

    InquiryDraft draft() {
        return new InquiryDraft(productId, quantity, name, company, phone, email, message);
    }

    Sender sender(ClientAddress client) {
        return new Sender(client.value(), website != null && !website.isBlank());
    }
}
