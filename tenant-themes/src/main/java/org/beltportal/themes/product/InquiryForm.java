package org.beltportal.themes.product;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.beltportal.core.insight.VisitSource;
import org.beltportal.core.system.FieldProblem;
import org.beltportal.themes.site.Text;

/**
 * The product page's inquiry form, read by {@code partials/inquiry-form.ftlh} as {@code inquiry}.
 * {@code action} is where it posts; {@code values} what the fields show (the buyer's own input after a
 * refused attempt); {@code errors} maps a field name to the message key of its rule
 * ({@code inquiry.error.name} ...), empty when nothing is wrong; {@code sent} shows the thank-you note
 * after a successful send; {@code values().source()} is the hidden field that tells insight where the buyer
 * came from (a {@code VisitSource} code: search, campaign, home, direct); {@code limited} says the buyer sent too many and must wait
 * {@code retryMinutes} minutes.
 */
public record InquiryForm(
        String action,
        String productId,
        Values values,
        Map<String, String> errors,
        boolean sent,
        boolean limited,
        String retryMinutes) {

    /** The fields as typed; every value is text and never null. */
    public record Values(String quantity, String name, String company, String phone, String email, String message,
                         String source) {

        public Values {
            quantity = Text.orEmpty(quantity);
            name = Text.orEmpty(name);
            company = Text.orEmpty(company);
            phone = Text.orEmpty(phone);
            email = Text.orEmpty(email);
            message = Text.orEmpty(message);
            source = VisitSource.parse(source).orElse(VisitSource.DIRECT).code();
        }
    }

    public InquiryForm {
        errors = Map.copyOf(errors);
        retryMinutes = Text.orEmpty(retryMinutes);
    }

    /** An empty form, the quantity preset to the product's minimum order, {@code source} where the buyer came from. */
    public static InquiryForm blank(String base, long productId, int moq, boolean sent, VisitSource source) {
        return new InquiryForm(action(base), Long.toString(productId),
                new Values(Integer.toString(moq), "", "", "", "", "", source.code()),
                Map.of(), sent, false, "");
    }

    /** The form again with what the buyer typed and a message for each refused field. */
    public static InquiryForm refused(String base, String productId, Values values, List<FieldProblem> problems) {
        Map<String, String> errors = new HashMap<>();
        problems.forEach(problem -> errors.putIfAbsent(problem.field(), "inquiry.error." + problem.field()));
        return new InquiryForm(action(base), productId, values, errors, false, false, "");
    }

    /** The form again with what the buyer typed, and why it cannot be sent yet. */
    public static InquiryForm limited(String base, String productId, Values values, long retryAfterSeconds) {
        return new InquiryForm(action(base), productId, values, Map.of(), false, true,
                Long.toString(Math.max(1, (retryAfterSeconds + 59) / 60)));
    }

    /** The fragment is not sent; the browser keeps it, so the page that answers opens at the form. */
    private static String action(String base) {
        return base + "/inquiries#inquiry";
    }
}
