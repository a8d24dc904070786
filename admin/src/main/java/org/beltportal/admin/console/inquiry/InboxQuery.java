package org.beltportal.admin.console.inquiry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.beltportal.admin.console.ConsoleForms;
import org.beltportal.admin.inquiry.InquiryAdminController;

/**
 * The inbox's query parameters as typed (kept to fill the filter form again): {@code status}, {@code productId},
 * {@code from} and {@code to} (the belt's calendar days), {@code q} (text), and {@code before}, the id the page
 * starts below. Parsed into the API's own filters, so list, export and API agree.
 */
public record InboxQuery(String status, String productId, String from, String to, String q, String before) {

    public InboxQuery {
        status = clean(status);
        productId = clean(productId);
        from = clean(from);
        to = clean(to);
        q = clean(q);
    }

    InquiryAdminController.Filters filters() {
        return new InquiryAdminController.Filters(status, null, productNumber(), from, to, q);
    }

    /** The page's start; anything but an id shows the newest. */
    Long beforeId() {
        return number(before);
    }

    Optional<String> productProblem() {
        return productId != null && productNumber() == null ? Optional.of("must be a product number such as 1024") : Optional.empty();
    }

    /** The filters (not the page) as a query string, for the export and the next page's link. */
    public String filterQuery() {
        Map<String, String> set = new LinkedHashMap<>();
        set.put("status", status);
        set.put("productId", productId);
        set.put("from", from);
        set.put("to", to);
        set.put("q", q);
        return ConsoleForms.query(set);
    }

    private Long productNumber() {
        return number(productId);
    }

    private static Long number(String value) {
        if (value == null || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(value);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
