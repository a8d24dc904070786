package org.beltportal.themes.inquiry;

import java.text.Normalizer;

import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.core.insight.VisitSource;
import org.beltportal.core.inquiry.InquiryDraft;
import org.beltportal.core.inquiry.InquiryService;
import org.beltportal.core.inquiry.Sender;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.TooManyRequestsException;
import org.beltportal.core.system.web.ClientAddress;
import org.beltportal.core.tenant.web.Site;
import org.beltportal.themes.product.InquiryForm;
import org.beltportal.themes.product.ProductController;
import org.beltportal.themes.site.PathIds;
import org.beltportal.themes.site.PortalController;
import org.beltportal.themes.site.Visit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * {@code POST /inquiries}, the product page's form (form-encoded, no JavaScript needed). Sent: 303 to
 * the product page with {@code ?inquiry=sent}, so reloading it does not send again. Refused: the product
 * page again with status 422, the buyer's input and a message at each refused field. Over the limit:
 * the same with status 429 and Retry-After. An unknown product: the portal's 404 page.
 */
@PortalController
class InquiryFormController {

    private final InquiryService inquiries;
    private final ProductController products;

    InquiryFormController(InquiryService inquiries, ProductController products) {
        this.inquiries = inquiries;
        this.products = products;
    }

    @PostMapping(path = "/inquiries", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ModelAndView submit(Site.TenantSite site, Visit visit, FormFields form, ClientAddress client,
                        HttpServletResponse response) {
        String productId = form.productId() == null ? "" : form.productId().strip();
        long id = PathIds.require(productId, "product");
        InquiryForm.Values typed = new InquiryForm.Values(form.quantityDigits(), form.name(), form.company(), form.phone(),
                form.email(), form.message(), form.source());
        try {
            inquiries.submit(site.tenant().id(), form.draft(id),
                    new Sender(client.value(), form.website() != null && !form.website().isBlank()), form.visitSource());
        } catch (InvalidInputException e) {
            return products.page(site, visit, productId, InquiryForm.refused(site.basePath(), productId, typed, e.problems()),
                    HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (TooManyRequestsException e) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
            return products.page(site, visit, productId, InquiryForm.limited(site.basePath(), productId, typed, e.retryAfterSeconds()),
                    HttpStatus.TOO_MANY_REQUESTS);
        }
        RedirectView sent = new RedirectView("/products/" + productId + "?inquiry=sent#inquiry", true);
        sent.setStatusCode(HttpStatus.SEE_OTHER);
        sent.setExposeModelAttributes(false);
        return new ModelAndView(sent);
    }

    /**
     * The form's fields as posted, all text: a quantity that is not a number is the buyer's mistake, not a 400.
     * {@code source} is the hidden field the product page fills in for insight.
     */
    record FormFields(String productId, String quantity, String name, String company, String phone, String email,
                      String message, String website, String source) {

        /**
         * Where the buyer came from. The field is hidden, so a value that is no source code (an old page, an
         * edited form) counts as direct rather than cost the buyer the inquiry (the JSON API refuses it with 400).
         */
        VisitSource visitSource() {
            return VisitSource.parse(source).orElse(VisitSource.DIRECT);
        }

        InquiryDraft draft(long id) {
            String digits = quantityDigits();
            Integer amount = quantity == null || quantity.isBlank() ? null : digits.isEmpty() ? 0 : Integer.valueOf(digits);
            return new InquiryDraft(id, amount, name, company, phone, email, message);
        }

        /**
         * The quantity as plain digits, or "" when it is no whole number (then the draft gets 0, which the
         * rules refuse). NFKC first, since a Chinese input method may type full-width digits.
         */
        String quantityDigits() {
            String digits = quantity == null ? "" : Normalizer.normalize(quantity, Normalizer.Form.NFKC).strip();
            return digits.matches("[0-9]{1,9}") ? digits : "";
        }
    }
}
