package org.beltportal.core.inquiry;

import java.util.regex.Pattern;

import org.beltportal.core.system.EmailAddresses;
import org.beltportal.core.system.Problems;

/**
 * An inquiry as a buyer sends it (JSON or the product page's form). At least one of {@code phone} and
 * {@code email} is needed so the supplier can answer. {@link #cleaned()} first, then {@link #validate}.
 */
public record InquiryDraft(
        Long productId,
        Integer quantity,
        String name,
        String company,
        String phone,
        String email,
        String message) {

    public static final int MAX_QUANTITY = 10_000_000;
    public static final int MAX_NAME = 60;
    public static final int MAX_COMPANY = 100;
    public static final int MAX_PHONE = 20;
    public static final int MAX_EMAIL = EmailAddresses.MAX_LENGTH;
    public static final int MAX_MESSAGE = 2000;

    /** Digits, "+", "-" and spaces; at least six digits so "+ - -" is not a number. */
    static final Pattern PHONE = Pattern.compile("(?=(?:\\D*\\d){6})[0-9+\\- ]{6," + MAX_PHONE + "}");

    /** The same inquiry with its text cleaned (see {@link InquiryText}); blank fields become null. */
    public InquiryDraft cleaned() {
        String contactPhone = InquiryText.contact(phone);
        return new InquiryDraft(productId, quantity, InquiryText.line(name), InquiryText.line(company),
                contactPhone == null ? null : contactPhone.replaceAll(" {2,}", " "), InquiryText.contact(email),
                InquiryText.lines(message));
    }

    /** Checks a {@link #cleaned()} draft, adding every problem found. */
    public void validate(Problems problems) {
        problems.require(productId != null, "productId", "is required")
                .require(quantity != null, "quantity", "is required")
                .require(quantity == null || (quantity >= 1 && quantity <= MAX_QUANTITY), "quantity",
                        "must be between 1 and " + MAX_QUANTITY);
        text(problems, name, "name", MAX_NAME, true);
        text(problems, company, "company", MAX_COMPANY, false);
        text(problems, message, "message", MAX_MESSAGE, false);
        if (phone == null && email == null) {
            problems.require(false, "phone", "give a phone number or an email address");
        }
        problems.matches(phone, PHONE, "phone", "must be 6 to " + MAX_PHONE + " digits, spaces, + or -")
                .require(email == null || EmailAddresses.isValid(email), "email",
                        "is not a valid email address");
    }

    private static void text(Problems problems, String value, String field, int max, boolean required) {
        if (value == null) {
            problems.require(!required, field, "is required");
        } else if (!InquiryText.isWellFormed(value)) {
            problems.require(false, field, "contains characters that are not text");
        } else {
            problems.require(InquiryText.length(value) <= max, field, "must be at most " + max + " characters");
        }
    }
}
